"""Reads of the best-practice library: facets, search matches, listings, cards and case pages.

Callers import the package (`selectors.practice_listing(...)`); the modules are its parts.
`RANKED` is read from `selectors.matching` when a search is ranked: change it there.
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
    practice_list,
    result_ids,
    taxonomy_names,
)
from .listing import PAGE_SIZE, SORTS, Listing, practice_listing
from .matching import RANKED, practice_order, ranked_page, search_available, search_match

__all__ = [
    "FACETS",
    "FACETS_VERSION",
    "PAGE_SIZE",
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
    "library_url",
    "practice_cards",
    "practice_classification",
    "practice_list",
    "practice_listing",
    "practice_order",
    "ranked_page",
    "related_practices",
    "result_ids",
    "search_available",
    "search_match",
    "taxonomy_names",
]
