"""The map of the four countries and a country's regions, from the listing already in a page's context."""

from django import template
from django.utils.translation import get_language

from ..selectors.map import country_map, country_overview_urls, region_counts

register = template.Library()


@register.inclusion_tag("practices/includes/country_map.html", takes_context=True)
def practice_map(context, current: str = ""):
    """The map and its table, counted as the page's listing counts its countries."""
    listing = context["listing"]
    urls = country_overview_urls(context.get("request"), get_language())
    return {
        "map": country_map(listing.counts.get("country", {}), urls=urls, current=current),
        "filtered": bool(context.get("has_filters") or context.get("text")),
        "LANGUAGE_CODE": get_language(),
    }


@register.inclusion_tag("practices/includes/region_counts.html", takes_context=True)
def practice_regions(context, country: str):
    """The regions of country with cases in the page's listing."""
    return {"regions": region_counts(country, context["listing"].counts), "LANGUAGE_CODE": get_language()}
