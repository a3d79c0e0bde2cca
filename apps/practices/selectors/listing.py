"""A page of the library: the filtered, searched and sorted cases with their facet counts.

The library is the kernel's faceted listing (apps/core/listings/faceted.py) over the cases'
facets, vectors, orders and cards; the web page, the country pages and the API read it.
"""

from django.utils.translation import gettext_lazy

from apps.core.listings.faceted import SORTS, FacetedListing
from apps.core.listings.faceted import Listing as BaseListing
from apps.vocabulary.facets import term_facet_labels

from . import matching
from .cards import practice_cards
from .facets import facet_index, facet_value_labels

__all__ = ["LIBRARY", "PAGE_SIZE", "SORTS", "Listing", "practice_listing"]

PAGE_SIZE = 20


class Listing(BaseListing):
    @property
    def practices(self) -> list:
        """The cases' cards of the page shown."""
        return self.results


LIBRARY = FacetedListing(
    labels={
        "country": gettext_lazy("Country"),
        **term_facet_labels("element", "approach", "area", "theme", "target"),
        "validation": gettext_lazy("Validation"),
    },
    value_labels=facet_value_labels,
    index=facet_index,
    table=matching.TABLE,
    order=matching.practice_order,
    cards=practice_cards,
    # Read when a page is asked for, never bound here: tests change them on their modules.
    ranked=lambda: matching.RANKED,
    per_page=lambda: PAGE_SIZE,
    listing_class=Listing,
    other_languages=True,
)
# What the library's address may carry (the page cache keys on them).
QUERY_PARAMETERS = LIBRARY.query_parameters


def practice_listing(*, filters: dict, text: str, sort: str, page: int, language: str) -> Listing:
    return LIBRARY.page(filters=filters, text=text, sort=sort, page=page, language=language)
