"""The knowledge hub's pages: the faceted, searchable listing and a tool's or method's page."""

from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from apps.core.facets import facet_groups, query_string

from . import selectors
from .forms import HubQueryForm

FACET_LABELS = {
    "area": gettext_lazy("Core support area"),
    "element": gettext_lazy("Process element"),
    "language": gettext_lazy("Language"),
    "country": gettext_lazy("Country of origin"),
}


def hub_index_serve(request, page):
    query = HubQueryForm(request.GET).query
    filters, text, sort = query.filters, query.text, query.sort
    listing = selectors.hub_listing(
        filters=filters,
        text=text,
        sort=query.listing_sort,
        page=query.page,
        language=translation.get_language(),
    )
    value_labels = selectors.facet_value_labels()
    suggestions = []
    for facet, value, count in listing.suggestions:
        without = {**filters, facet: [v for v in filters[facet] if v != value]}
        label = value_labels.get(facet, {}).get(value, (value,))[0]
        suggestions.append({"label": label, "count": count, "query": query_string(without, text, sort)})
    context = page.get_context(request)
    context.update(
        {
            "listing": listing,
            "hub_url": page.get_url(request),
            "facet_groups": facet_groups(
                listing.counts,
                filters,
                labels=FACET_LABELS,
                value_labels=value_labels,
                text=text,
                sort=sort,
            ),
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
            "previous_query": query_string(filters, text, sort, page=str(listing.page - 1))
            if listing.page > 1
            else None,
            "next_query": query_string(filters, text, sort, page=str(listing.page + 1))
            if listing.page < listing.pages
            else None,
        }
    )
    return TemplateResponse(request, page.get_template(request), context)


def hub_item_serve(request, page, item):
    context = page.get_context(request)
    context.update(
        {
            "item": item,
            "hub_url": page.get_url(request),
            # The language switcher and the hreflang links point at this item in each language.
            "subpage_path": f"{item.slug}/",
        }
    )
    return TemplateResponse(request, "capacity/hub_item.html", context)
