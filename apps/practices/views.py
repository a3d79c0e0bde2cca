from urllib.parse import urlencode

from django_ratelimit.core import is_ratelimited

from django.conf import settings
from django.contrib import messages
from django.core.cache import caches
from django.http import HttpResponseRedirect
from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _

from apps.core.cache_backend import cache_is_unavailable
from apps.core.client import client_address
from apps.vocabulary.models import COUNTRIES

from . import selectors
from .forms import LibraryQueryForm, ReplicationRequestForm
from .services import replication_request_create


def _query_string(filters: dict, text: str, sort: str, **changes) -> str:
    params = [(facet, value) for facet, values in filters.items() for value in values]
    if text:
        params.append(("q", text))
    if sort:
        params.append(("sort", sort))
    for key, value in changes.items():
        params = [(k, v) for k, v in params if k != key]
        if value:
            params.append((key, value))
    return urlencode(params)


def _facet_groups(listing, filters, names, text, sort):
    """Every facet's values with their counts and the URL that toggles them."""
    labels = {
        "country": _("Country"),
        "element": _("Process element"),
        "approach": _("Approach"),
        "area": _("Core support area"),
        "theme": _("Theme"),
        "target": _("Target group"),
    }
    country_names = dict(COUNTRIES)
    groups = []
    for facet in selectors.FACETS:
        options = []
        for value, count in listing.counts[facet].items():
            active = value in filters.get(facet, [])
            if facet == "country":
                label = country_names.get(value, value)
            else:
                item = names[facet].get(value)
                label = item.name if item else value
            toggled = dict(filters)
            toggled[facet] = (
                [v for v in filters.get(facet, []) if v != value]
                if active
                else [
                    *filters.get(facet, []),
                    value,
                ]
            )
            options.append(
                {
                    "value": value,
                    "label": label,
                    "count": count,
                    "active": active,
                    "query": _query_string(toggled, text, sort),
                    "sort_key": getattr(names.get(facet, {}).get(value), "pk", 0)
                    if facet != "country"
                    else label,
                }
            )
        if options:
            options.sort(key=lambda option: (str(option["sort_key"]).zfill(6), option["value"]))
            groups.append({"name": facet, "label": labels[facet], "options": options})
    return groups


def practice_index_serve(request, page):
    query = LibraryQueryForm(request.GET).query
    filters, text, sort = query.filters, query.text, query.sort
    listing = selectors.practice_listing(
        filters=filters,
        text=text,
        sort=query.listing_sort,
        page=query.page,
        language=translation.get_language(),
    )
    names = selectors.taxonomy_names()
    country_names = dict(COUNTRIES)
    suggestions = []
    for facet, value, count in listing.suggestions:
        label = (
            country_names.get(value)
            if facet == "country"
            else getattr(names[facet].get(value), "name", value)
        )
        without = {**filters, facet: [v for v in filters[facet] if v != value]}
        suggestions.append({"label": label, "count": count, "query": _query_string(without, text, sort)})
    context = page.get_context(request)
    context.update(
        {
            "listing": listing,
            "facet_groups": _facet_groups(listing, filters, names, text, sort),
            "filters": filters,
            "has_filters": bool(filters),
            "active_filters": sum(len(values) for values in filters.values()),
            "text": text,
            "sort": query.listing_sort,
            "sorts": [
                (value, label)
                for value, label in (
                    ("relevance", _("Relevance")),
                    ("newest", _("Newest")),
                    ("title", _("Title")),
                )
                if text or value != "relevance"
            ],
            "suggestions": suggestions,
            "previous_query": _query_string(filters, text, sort, page=str(listing.page - 1))
            if listing.page > 1
            else None,
            "next_query": _query_string(filters, text, sort, page=str(listing.page + 1))
            if listing.page < listing.pages
            else None,
            "search_available": selectors.search_available(),
        }
    )
    return TemplateResponse(request, page.get_template(request), context)


REPLICATION_RATE = "5/h"


def practice_serve(request, page):
    """The case page; a POST is the replication form, answered with a redirect when stored."""
    if request.method != "POST":
        return practice_response(request, page, ReplicationRequestForm())
    form = ReplicationRequestForm(request.POST)
    limited = is_ratelimited(
        request,
        group="replication",
        key=lambda _group, request: client_address(request),
        rate=REPLICATION_RATE,
        method="POST",
        increment=True,
    )
    # The limit is counted in the cache; with the cache down it fails open (see the service).
    rate_limits_off = cache_is_unavailable(caches[getattr(settings, "RATELIMIT_USE_CACHE", "default")])
    if limited:
        form.add_error(
            None, _("You have sent several requests in a short time. Please try again in an hour.")
        )
        return practice_response(request, page, form, status=429)
    if form.is_spam():
        # Answer a bot as if it had succeeded, and store nothing.
        messages.success(request, _("Thank you. The centre's staff will contact you."))
        return HttpResponseRedirect(page.get_url(request) + "#replicate")
    if form.is_valid():
        replication_request_create(
            practice=page, data=form.cleaned_data_for_model(), rate_limits_off=rate_limits_off
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
