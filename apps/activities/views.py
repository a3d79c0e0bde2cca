"""The public calendar: the events page, an event with its registration form, the feeds and the
confirmation and cancellation pages. Views validate, then call services."""

from django.core.exceptions import ValidationError
from django.http import Http404, HttpResponse
from django.shortcuts import render
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from apps.core.caching.pages import expire_at
from apps.core.caching.versioned import PAGES, cached
from apps.core.web.rate_limits import form_rate_limit
from apps.core.web.responses import index_response, page_response, record_response
from apps.vocabulary.models import COUNTRIES

from . import selectors, services
from .forms import CalendarQueryForm, RegistrationForm
from .ical import calendar_ics, calendar_title, feed_zone
from .models import PENDING_HOURS, Activity, ActivityIndexPage, Registration
from .structured_data import event_json_ld


def activity_url(index: ActivityIndexPage, activity: Activity, request=None) -> str:
    return f"{index.get_url(request)}{activity.slug}/"


def activity_index_serve(request, page):
    def read(query):
        month = query.month.strftime("%Y-%m") if query.month else ""
        filters = {"country": query.country, "kind": query.kind, "month": month}
        calendar = selectors.calendar(
            country=query.country,
            kind=query.kind,
            month=query.month,
            page=query.page,
            past_page=query.past_page,
        )
        return {
            "calendar": calendar,
            "filters": filters,
            "has_filters": any(filters.values()),
            "selects": CalendarQueryForm().filter_selects(query),
            "countries": COUNTRIES,
        }

    return index_response(request, page, CalendarQueryForm, read, event_base=page.get_url(request))


def activity_serve(request, page, activity):
    """An event's page; a POST is its registration form, answered with a redirect when stored."""
    language = translation.get_language()
    if request.method != "POST":
        return activity_response(request, page, activity, RegistrationForm(language=language))
    if not activity.accepts_registrations:
        # The page itself says registration is closed.
        return activity_response(request, page, activity, None, status=400)
    form = RegistrationForm(request.POST, language=language)
    # With the cache down it fails open and the registration is flagged (apps/core/web/rate_limits.py).
    check = form_rate_limit(request, form)
    if check.limited:
        return activity_response(request, page, activity, form, status=429)
    if form.is_spam():
        # A bot gets the answer a person would, and nothing is stored.
        return registration_pending(request, page, activity)
    if not form.is_valid():
        return activity_response(request, page, activity, form, status=400)
    try:
        result = services.registration_create(
            activity=activity, data=form.cleaned_data_for_model(), rate_limits_off=check.rate_limits_off
        )
    except ValidationError as error:
        for message in error.messages:
            form.add_error(None, message)
        return activity_response(request, page, activity, form, status=400)
    if result.registration.status != Registration.Status.PENDING:
        return already_registered(request, page, activity)
    return registration_pending(request, page, activity)


def registration_pending(request, page, activity):
    """ "Check your e-mail": the browser never sees a registration's link, only its address does."""
    return _private_response(request, page, activity, "activities/registration_pending.html")


def already_registered(request, page, activity):
    return _private_response(request, page, activity, "activities/already_registered.html")


def _private_response(request, page, activity, template):
    context = {
        "activity": activity,
        "event_url": activity_url(page, activity, request),
        "hours": PENDING_HOURS,
    }
    response = page_response(request, page, context, template=template)
    response["Cache-Control"] = "private, no-store"
    return response


def activity_csrf_failure(request, page, activity):
    """Nothing is stored; the form keeps what was typed and can be sent again at once."""
    form = RegistrationForm(request.POST, language=translation.get_language())
    form.add_error(
        None,
        _(
            "Your session had expired, so your registration was not sent. Please check what you "
            "wrote and send it again."
        ),
    )
    return activity_response(request, page, activity, form, status=403)


def activity_response(request, page, activity, form, status=200):
    # The form shows until the event is over: a cached copy lasts no longer than the phase.
    expire_at(request, activity.start, activity.end)
    url = activity_url(page, activity, request)
    full = activity.capacity is not None and selectors.confirmed_count(activity) >= activity.capacity
    return record_response(
        request,
        page,
        activity,
        name="activity",
        template="activities/activity.html",
        status=status,
        form=form if activity.accepts_registrations else None,
        is_full=full,
        event_url=url,
        json_ld=event_json_ld(activity, url=request.build_absolute_uri(url)),
    )


def _index_page():
    return ActivityIndexPage.objects.live().first()


@never_cache
def registration_detail(request, token):
    """The e-mailed link: confirms the address on POST (a link a mail scanner opens must not),
    then shows the registration's state and the link that cancels it."""
    registration = _registration_of(token)
    if request.method == "POST":
        registration = services.registration_confirm(registration=registration)
    return _registration_response(
        request, registration, "activities/registration.html", token=token, hours=PENDING_HOURS
    )


@never_cache
def registration_cancel(request, token):
    """Asks first (a link opened by a mail scanner must not cancel), cancels on POST.

    The link cancels until the event is over; after that it only says so.
    """
    registration = _registration_of(token)
    if request.method == "POST" and not registration.activity.is_past:
        registration = services.registration_cancel(registration=registration)
    return _registration_response(request, registration, "activities/registration_cancel.html")


def _registration_of(token):
    registration = services.registration_from_token(token)
    if registration is None:
        raise Http404
    return registration


def _registration_response(request, registration, template, **context):
    """A registration's own page (reached by its link only): its state and its event."""
    activity = registration.activity
    return render(
        request,
        template,
        {
            "registration": registration,
            "activity": activity,
            "event_url": _event_url(request, activity),
            **context,
        },
    )


def _event_url(request, activity):
    index = _index_page()
    if index is None or not activity.is_public:
        return None
    return activity_url(index, activity, request)


@require_safe
def calendar_feed(request, country=""):
    """The public events with a date as iCalendar, in the language of the URL's prefix."""
    country_names = dict(COUNTRIES)
    country = country.upper()
    if country and country not in country_names:
        raise Http404
    language = translation.get_language()
    index = _index_page()
    if index is None:
        raise Http404
    base = request.build_absolute_uri(index.get_url(request))

    def compute():
        return calendar_ics(
            selectors.calendar_activities(country=country),
            event_url=lambda activity: f"{base}{activity.slug}/",
            language=language,
            title=calendar_title(str(country_names.get(country, ""))),
            zone=feed_zone(country),
        )

    body = cached(PAGES, "ics", base, language, country, compute=compute)
    response = HttpResponse(body, content_type="text/calendar; charset=utf-8")
    filename = f"events-{country.lower()}.ics" if country else "events.ics"
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response
