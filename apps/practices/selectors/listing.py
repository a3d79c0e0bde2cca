"""A page of the library: the filtered, searched and sorted cases with their facet counts."""

from dataclasses import dataclass, field

from django.conf import settings
from django.core.paginator import Page

from apps.core.listings.pagination import counted_page_of

from . import matching
from .cards import practice_cards
from .facets import FacetIndex, drop_suggestions, facet_counts, facet_index, result_ids

PAGE_SIZE = 20
SORTS = ("relevance", "newest", "title")


@dataclass
class Listing:
    practices: list
    total: int
    page_obj: Page
    counts: dict[str, dict[str, int]]
    suggestions: list = field(default_factory=list)
    other_languages: list = field(default_factory=list)


def practice_listing(*, filters: dict, text: str, sort: str, page: int, language: str) -> Listing:
    index = facet_index()
    base = matching.search_match(text, language) & index.every if text else None
    counts = facet_counts(index, filters, base)
    result = result_ids(index, filters, base)
    total = len(result)

    def fetch(offset: int, size: int) -> list:
        if text and sort == "relevance":
            ids = matching.ranked_page(text, language, result, offset=offset, size=size)
        else:
            order = matching.practice_order("newest" if sort == "relevance" else sort, language)
            ids = matching.page_of(order, result, offset, size)
        return practice_cards(ids, language=language, text=text)

    page_obj = counted_page_of(total, fetch, page, PAGE_SIZE)
    listing = Listing(practices=page_obj.object_list, total=total, page_obj=page_obj, counts=counts)
    if total == 0:
        listing.suggestions = drop_suggestions(index, filters, base)
        if text and not base:
            listing.other_languages = _other_language_matches(index, filters, text, language)
    return listing


def _other_language_matches(index: FacetIndex, filters: dict, text: str, language: str) -> list:
    """Cases that match the words in another language, offered when the reader's language has none."""
    matches = []
    for code, _name in settings.LANGUAGES:
        if code == language:
            continue
        result = result_ids(index, filters, matching.search_match(text, code) & index.every)
        ids = matching.ranked_page(text, code, result, offset=0, size=5)
        if ids:
            matches.append((code, practice_cards(ids, language=code, text=text)))
    return matches
