"""A list endpoint over an app's faceted listing (the library's cases, the hub's tools and methods).

The endpoint reads its query through the page's own forgiving form (the API's parameter names
mapped to the listing's facets), asks the app's `FacetedListing` (with a row reader of the API's
in place of the page's cards) for the page, and answers the total, the links to the pages
beside it, every facet's counts (the page's own, from the same bitmaps) and the rows, each with
its public page in every language.
"""

from collections.abc import Mapping

from rest_framework import viewsets
from rest_framework.permissions import AllowAny
from rest_framework.utils.urls import remove_query_param, replace_query_param

from django.conf import settings
from django.http import QueryDict

from apps.core.listings.faceted import FacetedListing

from .bases import ApiViewMixin, CachedReadMixin


class FacetedListViewSet(ApiViewMixin, CachedReadMixin, viewsets.ViewSet):
    """A subclass names its `listing` (whose cards are rows of plain values, each with `paths`:
    its page's path by language), the page's `query_form` and `facet_parameters` (the API's
    name of each facet -> the listing's)."""

    permission_classes = [AllowAny]
    listing: FacetedListing
    query_form: type
    facet_parameters: Mapping[str, str] = {}

    @property
    def query_parameters(self) -> tuple[str, ...]:
        return tuple(self.facet_parameters)

    def listing_query(self, params: QueryDict):
        """The listing's query from the API's parameters, read by the page's own form."""
        data = QueryDict(mutable=True)
        for parameter, facet in self.facet_parameters.items():
            data.setlist(facet, params.getlist(parameter))
        data["q"] = params.get("q", "")
        data["sort"] = params.get("ordering", "")
        data["page"] = params.get("page", "")
        return self.query_form(data).query

    def page_size(self, params: QueryDict) -> int:
        try:
            size = int(params.get("page_size", ""))
        except ValueError:
            return self.listing.per_page()
        return min(max(size, 1), settings.API_MAX_PAGE_SIZE)

    def listing_answer(self, request) -> dict:
        query = self.listing_query(request.GET)
        listing = self.listing.page(
            filters=query.filters,
            text=query.text,
            sort=query.listing_sort,
            page=query.page,
            language=self.language,
            per_page=self.page_size(request.GET),
        )
        page = listing.page_obj
        url = request.build_absolute_uri()

        def link(number: int) -> str:
            return (
                remove_query_param(url, "page") if number == 1 else replace_query_param(url, "page", number)
            )

        names = {facet: parameter for parameter, facet in self.facet_parameters.items()}
        results = []
        for row in listing.results:
            paths = row.pop("paths")
            results.append(
                {
                    **row,
                    "urls": {code: path and request.build_absolute_uri(path) for code, path in paths.items()},
                }
            )
        return {
            "count": listing.total,
            "next": link(page.next_page_number()) if page.has_next() else None,
            "previous": link(page.previous_page_number()) if page.has_previous() else None,
            "facets": {names[facet]: counts for facet, counts in listing.counts.items()},
            "results": results,
        }
