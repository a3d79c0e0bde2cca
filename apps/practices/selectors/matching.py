"""Which cases a search matches, and in what order a listing shows them.

A query's matches are a bitmap like the facets', so the total and every facet count come from
it without ranking anything; only the page shown is ordered, by relevance among a bounded set
of candidates or by a cached order of every case.
"""

from array import array

from pyroaring import BitMap

from django.db.models import QuerySet
from django.db.models.functions import Coalesce

from apps.core.caching.versioned import remember
from apps.core.selectors import live_public

from ..models import PracticePage
from ..search import is_supported, table
from .facets import facet_index, facet_version

# The cases' vectors, matched through word bitmaps under the library's version.
TABLE = table(version=facet_version, every=lambda: facet_index().every)
# The newest this many results of a search are ranked by relevance; older ones follow by date
# (FacetedListing.ranked_page). Read when ranking, never bound at import: a test lowers it here.
RANKED = 200


def search_available() -> bool:
    return is_supported()


def search_match(text: str, language: str) -> BitMap:
    """The ids of the cases matching text in language, unranked (see apps/core/listings/textsearch.py)."""
    return TABLE.match(text, language)


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
