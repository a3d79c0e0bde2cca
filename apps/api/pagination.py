"""Pages of a list endpoint: `?page=` and `?page_size=` (capped by API_MAX_PAGE_SIZE).

As on the portal's pages, a page number that is not one gives the first page and one past the
last gives the last (Django's `Paginator.get_page`), so a client that follows a list while it
shrinks never meets an error; `next` and `previous` say where the list goes on.
"""

from rest_framework import pagination

from django.conf import settings


class PageNumberPagination(pagination.PageNumberPagination):
    page_size_query_param = "page_size"

    @property
    def max_page_size(self) -> int:
        return settings.API_MAX_PAGE_SIZE

    def paginate_queryset(self, queryset, request, view=None):
        self.request = request
        page_size = self.get_page_size(request)
        paginator = self.django_paginator_class(queryset, page_size)
        self.page = paginator.get_page(request.query_params.get(self.page_query_param))
        if paginator.num_pages > 1 and self.template is not None:
            self.display_page_controls = True
        return list(self.page)
