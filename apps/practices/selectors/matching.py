"""Which cases a search matches, and in what order a listing shows them.

A query's matches are a bitmap like the facets', so the total and every facet count come from
it without ranking anything; only the page shown is ordered, by relevance among a bounded set
of candidates or by a cached order of every case.
"""

import hashlib
from array import array

from pyroaring import BitMap

from django.db.models import QuerySet
from django.db.models.functions import Coalesce

from apps.core.cache import remember
from apps.core.selectors import live_public

from ..models import PracticePage
from ..search import (
    PhraseQuery,
    is_supported,
    parsed_query,
    query_matches,
    query_tree,
    ranked_among,
    search_filter,
    word_matches,
)
from .facets import facet_index, facet_version

# A query's matches are kept briefly, as a compressed bitmap: pages of one search reuse them,
# and nothing about a query outlives a few minutes. Word bitmaps live longer, like the facets.
MATCH_SECONDS = 120
WORD_SECONDS = 60 * 60
# The newest this many results of a search are ranked by relevance; older ones follow by date.
# Read when ranking, never bound at import: a test lowers it on this module.
RANKED = 200


def search_available() -> bool:
    return is_supported()


def search_match(text: str, language: str) -> BitMap:
    """The ids of the cases matching text in language, unranked.

    Built from a bitmap per word of the query, so a combination nobody asked before costs a few
    bitmap operations once its words have been seen; a phrase is matched by the index itself.
    """

    def compute():
        if not is_supported():
            matching = search_filter(PracticePage.objects.all(), text, language)
            return BitMap(matching.values_list("pk", flat=True))
        tsquery = parsed_query(text, language)
        try:
            tree = query_tree(tsquery)
        except PhraseQuery:
            return BitMap(query_matches(text, language))
        return _evaluate(tree, language) if tree else BitMap()

    digest = hashlib.sha256(" ".join(text.lower().split()).encode()).hexdigest()[:24]
    return remember(f"practices:match:{facet_version()}:{language}:{digest}", compute, timeout=MATCH_SECONDS)


def _evaluate(tree, language: str) -> BitMap:
    kind = tree[0]
    if kind == "word":
        word = tree[1]
        digest = hashlib.sha256(word.encode()).hexdigest()[:24]
        key = f"practices:word:{facet_version()}:{language}:{digest}"
        return remember(key, lambda: BitMap(word_matches(word, language)), timeout=WORD_SECONDS)
    if kind == "not":
        return facet_index().every - _evaluate(tree[1], language)
    left, right = _evaluate(tree[1], language), _evaluate(tree[2], language)
    return left & right if kind == "and" else left | right


def practice_order(sort: str, language: str) -> array:
    """Every listed case's id in the order of sort ("newest" or "title"), cached like the facets."""

    def compute():
        queryset = live_public(PracticePage.objects)
        ordered = _ordered(queryset, sort, language).values_list("pk", flat=True)
        return array("I", ordered)

    key = f"practices:order:{facet_version()}:{sort}:{language if sort == 'title' else ''}"
    return remember(key, compute)


def _ordered(queryset: QuerySet, sort: str, language: str) -> QuerySet:
    if sort == "relevance":
        return queryset.order_by("-rank", "-first_published_at", "-pk")
    if sort == "title":
        return queryset.order_by(Coalesce(f"title_{language}", "title").asc(), "pk")
    return queryset.order_by("-first_published_at", "-pk")


def ranked_page(text: str, language: str, result: BitMap, *, offset: int, size: int) -> list[int]:
    """The ids of result at offset..offset+size by relevance, ranking a bounded set.

    Ranking every match of a broad query costs a read of every matching vector; the newest
    RANKED results are ranked instead, and older ones follow newest first: the first 10 pages
    of any search are in order of relevance, at the same cost whatever the query.
    """
    order = practice_order("newest", language)
    if not is_supported() or offset >= RANKED:
        return page_of(order, result, offset, size)
    candidates = list(result) if len(result) <= RANKED else page_of(order, result, 0, RANKED)
    return ranked_among(candidates, text, language, offset=offset, size=size)


def page_of(order: array, members: BitMap, offset: int, size: int) -> list[int]:
    """The ids at offset..offset+size of order that are members, scanning no further than needed."""
    if len(members) == len(order):
        return list(order[offset : offset + size])
    found = []
    seen = 0
    for pk in order:
        if pk in members:
            if seen >= offset:
                found.append(pk)
                if len(found) == size:
                    break
            seen += 1
    return found
