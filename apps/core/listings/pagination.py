"""Pagination: every listing is paged by Django's Paginator and shown by `includes/pagination.html`.

A listing that pages a queryset hands it to `page_of`. A listing whose count is known before its
rows (the faceted listings count bitmaps, the mapping caches its count) hands the count and a
function that fetches one slice to `counted_page_of`: only the rows of the page shown are read.

The include's links keep the page's canonical query (the parameters pages declare, as the page
cache keys them) and change only the page's own parameter, so filters, search and the other
list's page on the events page survive a move to the next page.
"""

from collections.abc import Callable, Sequence
from urllib.parse import parse_qsl, urlencode

from django.core.paginator import Page, Paginator


def page_of(object_list, number, per_page: int) -> Page:
    """The page numbered `number` of object_list: the first for junk, the last for one too far."""
    return Paginator(object_list, per_page).get_page(number)


class _Counted:
    """A sequence of a known length whose slices are fetched when asked for (offset, size)."""

    def __init__(self, count: int, fetch: Callable[[int, int], Sequence]):
        self._count = count
        self._fetch = fetch

    def __len__(self) -> int:
        return self._count

    def __getitem__(self, part: slice) -> Sequence:
        size = part.stop - part.start
        return self._fetch(part.start, size) if size > 0 else []


def counted_page_of(count: int, fetch: Callable[[int, int], Sequence], number, per_page: int) -> Page:
    """Like page_of, for count items of which fetch(offset, size) reads the ones shown."""
    return page_of(_Counted(count, fetch), number, per_page)


def page_links(query, page: Page, parameter: str = "page") -> dict:
    """The previous and next pages' links: the canonical query with `parameter` changed."""
    from apps.core.caching.pages import canonical_query

    kept = [(name, value) for name, value in parse_qsl(canonical_query(query) or "") if name != parameter]

    def link(number: int) -> str:
        return "?" + urlencode(sorted([*kept, (parameter, str(number))]))

    return {
        "previous": link(page.previous_page_number()) if page.has_previous() else None,
        "next": link(page.next_page_number()) if page.has_next() else None,
    }
