from django.contrib import messages
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from apps.core.listings.facets import listing_context
from apps.core.web.rate_limits import form_rate_limit
from apps.vocabulary.models import COUNTRIES

from . import selectors
from .forms import LibraryQueryForm, ReplicationRequestForm
from .services import replication_request_create

FACET_LABELS = {
    "country": gettext_lazy("Country"),
    "element": gettext_lazy("Process element"),
    "approach": gettext_lazy("Approach"),
    "area": gettext_lazy("Core support area"),
    "theme": gettext_lazy("Theme"),
    "target": gettext_lazy("Target group"),
}


def _value_labels(names) -> dict:
    """Each facet value's label and sort key: countries by name, taxonomies in their order."""
    labels = {"country": {code: (name, name) for code, name in COUNTRIES}}
    for facet, items in names.items():
        labels[facet] = {value: (item.name, item.pk) for value, item in items.items()}
    return labels


def practice_index_serve(request, page):
    query = LibraryQueryForm(request.GET).query
    listing = selectors.practice_listing(
        filters=query.filters,
        text=query.text,
        sort=query.listing_sort,
        page=query.page,
        language=translation.get_language(),
    )
    context = page.get_context(request)
    context.update(
        listing_context(
            listing,
            query=query,
            labels={facet: FACET_LABELS[facet] for facet in selectors.FACETS},
            value_labels=_value_labels(selectors.taxonomy_names()),
        )
    )
    context["search_available"] = selectors.search_available()
    return TemplateResponse(request, page.get_template(request), context)


def practice_serve(request, page):
    """The case page; a POST is the replication form, answered with a redirect when stored."""
    if request.method != "POST":
        return practice_response(request, page, ReplicationRequestForm())
    form = ReplicationRequestForm(request.POST)
    # Per address and e-mail together (colleagues behind one address each ask); with the cache
    # down it fails open and the request is flagged (apps/core/web/rate_limits.py).
    check = form_rate_limit(
        request,
        form,
        group="replication",
        message=_("You have sent several requests in a short time. Please try again in an hour."),
    )
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
    context = page.get_context(request)
    context["form"] = form
    classification = selectors.practice_classification(page)
    context["classification"] = classification
    context["related"] = selectors.related_practices(page, classification)
    return TemplateResponse(request, page.get_template(request), context, status=status)
