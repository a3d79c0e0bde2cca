"""Reads of the best-practice library: facets, search matches, listings, cards and case pages.

Callers import the package (`selectors.practice_listing(...)`); the modules are its parts.
`RANKED` is read from `selectors.matching` and `PAGE_SIZE` from `selectors.listing` when a page
is asked for: change them there.
"""

from .cards import PracticeCard, library_url, practice_cards
from .case import practice_classification, related_practices
from .facets import (
    FACETS,
    FACETS_VERSION,
    RELATIONS,
    TAXONOMIES,
    TAXONOMY_VERSION,
    FacetIndex,
    drop_suggestions,
    facet_counts,
    facet_index,
    facet_index_build,
    facet_index_invalidate,
    facet_value_labels,
    practice_list,
    result_ids,
    taxonomy_names,
)
from .listing import LIBRARY, PAGE_SIZE, QUERY_PARAMETERS, SORTS, Listing, practice_listing
from .matching import RANKED, practice_order, search_available, search_match

__all__ = [
    "FACETS",
    "FACETS_VERSION",
    "LIBRARY",
    "PAGE_SIZE",
    "QUERY_PARAMETERS",
    "RANKED",
    "RELATIONS",
    "SORTS",
    "TAXONOMIES",
    "TAXONOMY_VERSION",
    "FacetIndex",
    "Listing",
    "PracticeCard",
    "drop_suggestions",
    "facet_counts",
    "facet_index",
    "facet_index_build",
    "facet_index_invalidate",
    "facet_value_labels",
    "library_url",
    "practice_cards",
    "practice_classification",
    "practice_list",
    "practice_listing",
    "practice_order",
    "related_practices",
    "result_ids",
    "search_available",
    "search_match",
    "taxonomy_names",
]
