"""Pages of a list endpoint: `?page=` and `?page_size=` (capped by API_MAX_PAGE_SIZE)."""

from rest_framework import pagination

from django.conf import settings


class PageNumberPagination(pagination.PageNumberPagination):
    page_size_query_param = "page_size"

    @property
    def max_page_size(self) -> int:
        return settings.API_MAX_PAGE_SIZE
