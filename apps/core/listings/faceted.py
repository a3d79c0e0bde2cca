"""One faceted listing, configured by each app that lists records with facets and search.

The library's cases and the knowledge hub's tools and methods are listed the same way: facet
counts from the bitmaps of `facets.py`, matches of a search from the bitmaps of `textsearch.py`,
a page of ids in the order asked for (relevance among a bounded set of candidates, else a cached
order of every record), and cards read for that page only. An app declares a `FacetedListing`
with what differs (its facets and their labels, its index, search table, orders and card reader)
and calls `page`, `counts` or `context`: the web page and the API read the same counts.
"""

from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field

from pyroaring import BitMap

from django.conf import settings
from django.core.paginator import Page
from django.utils.translation import get_language, gettext

from .facets import (
    FacetIndex,
    drop_suggestions,
    facet_counts,
    facet_groups,
    page_of,
    query_string,
    result_ids,
)
from .pagination import counted_page_of
from .textsearch import SearchTable, is_supported

# The orders a faceted listing offers; relevance only for a search.
SORTS = ("relevance", "newest", "title")


@dataclass
class Listing:
    """A page of a faceted listing: the cards shown, the total, every facet's counts.

    suggestions name the filters whose removal would show results (when there are none);
    other_languages holds (language, cards) that match the search in another language.
    """

    results: list
    total: int
    page_obj: Page
    counts: dict[str, dict[str, int]]
    suggestions: list = field(default_factory=list)
    other_languages: list = field(default_factory=list)


@dataclass(frozen=True)
class FacetedListing:
    """An app's faceted listing: its configuration, and the reads every such listing offers.

    labels: each facet's name, in the order shown; value_labels() gives each value's (label,
    sort key) in the active language. index() is the app's cached FacetIndex, table its text
    search. order(sort, language) gives every listed id in "newest" or "title" order (cached);
    cards(ids, language=, text=) reads what the page shows of ids, in their order, in one query.
    ranked() is how many of the newest matches of a search are ranked by relevance, per_page() how
    many cards a page shows (both read at each request, so an app may change them).
    other_languages: when a search matches nothing in the reader's language, offer the matches
    in the others.
    """

    labels: Mapping[str, str]
    value_labels: Callable[[], Mapping[str, Mapping[str, tuple[str, object]]]]
    index: Callable[[], FacetIndex]
    table: SearchTable
    order: Callable[[str, str], Sequence[int]]
    cards: Callable[..., list]
    ranked: Callable[[], int]
    per_page: Callable[[], int]
    listing_class: type[Listing] = Listing
    other_languages: bool = False
    sorts: tuple[str, ...] = SORTS

    @property
    def facets(self) -> tuple[str, ...]:
        return tuple(self.labels)

    @property
    def query_parameters(self) -> tuple[str, ...]:
        """What a listing's address may carry: the search, the sort, the page and every facet."""
        return ("q", "sort", "page", *self.facets)

    def _base(self, index: FacetIndex, text: str, language: str) -> BitMap | None:
        """The ids a search allows (None without one): the facets count within them."""
        return self.table.match(text, language) & index.every if text else None

    def counts(self, *, filters: Mapping, text: str = "", language: str) -> dict[str, dict[str, int]]:
        """Every facet value's count with the other facets' filters and the search applied."""
        index = self.index()
        return facet_counts(index, filters, self._base(index, text, language))

    def page(
        self, *, filters: Mapping, text: str, sort: str, page: int, language: str, per_page: int | None = None
    ) -> Listing:
        """The page numbered page of the records matching filters and text, in sort's order."""
        index = self.index()
        base = self._base(index, text, language)
        result = result_ids(index, filters, base)
        total = len(result)

        def fetch(offset: int, size: int) -> list:
            if text and sort == "relevance":
                ids = self.ranked_page(text, language, result, offset=offset, size=size)
            else:
                order = self.order("newest" if sort == "relevance" else sort, language)
                ids = page_of(order, result, offset, size)
            return self.cards(ids, language=language, text=text)

        page_obj = counted_page_of(total, fetch, page, per_page or self.per_page())
        listing = self.listing_class(
            results=page_obj.object_list,
            total=total,
            page_obj=page_obj,
            counts=facet_counts(index, filters, base),
        )
        if total == 0:
            listing.suggestions = drop_suggestions(index, filters, base)
            if text and not base and self.other_languages:
                listing.other_languages = self._other_language_matches(index, filters, text, language)
        return listing

    def ranked_page(self, text: str, language: str, result: BitMap, *, offset: int, size: int) -> list[int]:
        """The ids of result at offset..offset+size by relevance, ranking a bounded set.

        Ranking every match of a broad query costs a read of every matching vector; the newest
        ranked() results are ranked instead, and older ones follow newest first: the first pages
        of any search are in order of relevance, at the same cost whatever the query.
        """
        order = self.order("newest", language)
        ranked = self.ranked()
        if not is_supported() or offset >= ranked:
            return page_of(order, result, offset, size)
        candidates = list(result) if len(result) <= ranked else page_of(order, result, 0, ranked)
        return self.table.ranked_among(candidates, text, language, offset=offset, size=size)

    def _other_language_matches(self, index: FacetIndex, filters: Mapping, text: str, language: str) -> list:
        """The best five matches in each other language, offered when the reader's has none."""
        matches = []
        for code, _name in settings.LANGUAGES:
            if code == language:
                continue
            result = result_ids(index, filters, self.table.match(text, code) & index.every)
            ids = self.ranked_page(text, code, result, offset=0, size=5)
            if ids:
                matches.append((code, self.cards(ids, language=code, text=text)))
        return matches

    def context(self, query, *, language: str | None = None) -> dict:
        """What the listing's page template and includes/facets.html need for query.

        query is an `apps.core.forms.ListingQuery`; the page's `listing` is among the keys. The
        language is the active one unless given.
        """
        listing = self.page(
            filters=query.filters,
            text=query.text,
            sort=query.listing_sort,
            page=query.page,
            language=language or get_language(),
        )
        value_labels = self.value_labels()
        filters, text, sort = query.filters, query.text, query.sort

        def without(facet: str, value: str) -> str:
            return query_string({**filters, facet: [v for v in filters[facet] if v != value]}, text, sort)

        suggestions = [
            {
                "label": value_labels.get(facet, {}).get(value, (value,))[0],
                "count": count,
                "query": without(facet, value),
            }
            for facet, value, count in listing.suggestions
        ]
        names = {"relevance": gettext("Relevance"), "newest": gettext("Newest"), "title": gettext("Title")}
        return {
            "listing": listing,
            "facet_groups": facet_groups(
                listing.counts, filters, labels=self.labels, value_labels=value_labels, text=text, sort=sort
            ),
            "filters": filters,
            "has_filters": bool(filters),
            "active_filters": sum(len(values) for values in filters.values()),
            "text": text,
            "sort": query.listing_sort,
            "sorts": [(value, names[value]) for value in self.sorts if text or value != "relevance"],
            "suggestions": suggestions,
        }
