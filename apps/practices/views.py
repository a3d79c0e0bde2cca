from django.contrib import messages
from django.http import HttpResponseRedirect
from django.shortcuts import render
from django.utils import translation
from django.utils.text import format_lazy
from django.utils.translation import gettext as _
from django.utils.translation import pgettext_lazy
from django.views.decorators.cache import never_cache

from apps.core.web.rate_limits import form_rate_limit
from apps.core.web.responses import index_response, page_response

from . import selectors
from .forms import LibraryQueryForm, NominationForm, ReplicationRequestForm
from .models import Nomination, PracticeIndexPage
from .selectors import nominations as nomination_selectors
from .services import nominations as nomination_services
from .services import replication_request_create

# Below the library's own address: the nomination form (PracticeIndexPage serves it), at its word
# in the reader's language (context "URL segment" in the catalogues).
NOMINATE = pgettext_lazy("URL segment", "nominate")
NOMINATION_PATH = format_lazy("{}/", NOMINATE)


def practice_index_serve(request, page):
    return index_response(
        request,
        page,
        LibraryQueryForm,
        selectors.LIBRARY.context,
        search_available=selectors.search_available(),
    )


def practice_serve(request, page):
    """The case page; a POST is the replication form, answered with a redirect when stored."""
    if request.method != "POST":
        return practice_response(request, page, ReplicationRequestForm())
    form = ReplicationRequestForm(request.POST)
    # With the cache down it fails open and the request is flagged (apps/core/web/rate_limits.py).
    check = form_rate_limit(request, form)
    if check.limited:
        return practice_response(request, page, form, status=429)
    if form.is_spam():
        # Answer a bot as if it had succeeded, and store nothing.
        messages.success(request, _("Thank you. The centre's staff will contact you."))
        return HttpResponseRedirect(page.get_url(request) + "#replicate")
    if form.is_valid():
        replication_request_create(
            practice=page, data=form.cleaned_data_for_model(), rate_limits_off=check.rate_limits_off
        )
        messages.success(request, _("Thank you. The centre's staff will contact you."))
        return HttpResponseRedirect(page.get_url(request) + "#replicate")
    return practice_response(request, page, form, status=400)


def practice_csrf_failure(request, page):
    """Nothing is stored; the form keeps what was typed and can be sent again at once."""
    form = ReplicationRequestForm(request.POST)
    form.add_error(
        None,
        _(
            "Your session had expired, so your request was not sent. Please check what you wrote "
            "and send it again."
        ),
    )
    return practice_response(request, page, form, status=403)


def practice_response(request, page, form, status=200):
    """The case page with the replication form as given: empty, or bound with its errors."""
    classification = selectors.practice_classification(page)
    context = {
        "form": form,
        "classification": classification,
        "related": selectors.related_practices(page, classification),
    }
    return page_response(request, page, context, status=status)


def nomination_serve(request, page):
    """The nomination form below the library; a stored nomination is answered with "check your e-mail"."""
    if request.method != "POST":
        return nomination_response(request, page, NominationForm())
    form = NominationForm(request.POST)
    # With the cache down it fails open and the nomination is flagged (apps/core/web/rate_limits.py).
    check = form_rate_limit(request, form)
    if check.limited:
        return nomination_response(request, page, form, status=429)
    if form.is_spam():
        # A bot gets the answer a person would, and nothing is stored.
        return nomination_sent(request, page)
    if not form.is_valid():
        return nomination_response(request, page, form, status=400)
    nomination_services.nomination_create(
        data=form.cleaned_data_for_model(),
        language=translation.get_language(),
        rate_limits_off=check.rate_limits_off,
    )
    return nomination_sent(request, page)


def nomination_csrf_failure(request, page):
    """Nothing is stored; the form keeps what was typed and can be sent again at once."""
    form = NominationForm(request.POST)
    form.add_error(
        None,
        _(
            "Your session had expired, so your nomination was not sent. Please check what you wrote "
            "and send it again."
        ),
    )
    return nomination_response(request, page, form, status=403)


def nomination_response(request, page, form, status=200):
    """The nomination form as given: empty, or bound with its errors."""
    return page_response(
        request,
        page,
        {"form": form},
        template="practices/nomination_form.html",
        status=status,
        subpage_path=NOMINATION_PATH,
    )


def nomination_sent(request, page):
    """ "Check your e-mail": the browser never sees a nomination's link, only its address does."""
    response = page_response(
        request,
        page,
        {"days": nomination_selectors.confirm_days()},
        template="practices/nomination_sent.html",
        subpage_path=NOMINATION_PATH,
    )
    response["Cache-Control"] = "private, no-store"
    return response


@never_cache
def nomination_confirm(request, token):
    """The e-mailed link: confirms the address on POST (a link a mail scanner opens must not).

    An unknown link (mistyped, or its nomination deleted or anonymised) is a 404 and an expired
    one a 410, each a page that says so.
    """
    nomination = nomination_selectors.nomination_from_token(token)
    if nomination is None:
        return _nomination_link_response(request, None, "unknown", status=404)
    if nomination_selectors.link_expired(nomination):
        return _nomination_link_response(request, nomination, "expired", status=410)
    if request.method == "POST":
        nomination = nomination_services.nomination_confirm(nomination=nomination)
    state = "pending" if nomination.status == Nomination.Status.UNCONFIRMED else "confirmed"
    return _nomination_link_response(request, nomination, state)


def _nomination_link_response(request, nomination, state, status=200):
    index = PracticeIndexPage.objects.live().first()
    return render(
        request,
        "practices/nomination_confirm.html",
        {
            "nomination": nomination,
            "state": state,
            "days": nomination_selectors.confirm_days(),
            "library_url": index.get_url(request) if index else None,
        },
        status=status,
    )
