"""The knowledge hub's pages: the faceted, searchable listing and a tool's or method's page."""

from django.template.response import TemplateResponse
from django.utils import translation
from django.utils.translation import gettext_lazy

from apps.core.listings.facets import listing_context

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
    listing = selectors.hub_listing(
        filters=query.filters,
        text=query.text,
        sort=query.listing_sort,
        page=query.page,
        language=translation.get_language(),
    )
    context = page.get_context(request)
    context.update(
        listing_context(
            listing, query=query, labels=FACET_LABELS, value_labels=selectors.facet_value_labels()
        )
    )
    context["hub_url"] = page.get_url(request)
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
