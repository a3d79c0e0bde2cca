"""What every endpoint of the API shares: its language, its caching and its headers.

- The language (`?lang=` or Accept-Language, English by default) is active while the view runs
  and named in `Content-Language`.
- An anonymous GET's data is cached like a page: keyed by the pages' version (which a publish,
  an edit of a public record or a change of a view restriction replaces, so it shows at once), the
  path, the language and the query parameters the view reads, for PAGE_CACHE_SECONDS. Parameters
  the view does not read share one entry. `ConditionalResponseMiddleware` adds the ETag and
  Cache-Control and answers a matching If-None-Match with 304, as for pages.
- An answer to a signed-in client or a token is `private, no-store` and never cached.
"""

from urllib.parse import urlencode

from rest_framework import viewsets
from rest_framework.exceptions import NotFound
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from django.conf import settings
from django.core.cache import cache
from django.http import Http404
from django.utils import translation
from django.utils.cache import patch_cache_control, patch_vary_headers

from apps.core.caching.versioned import ONE_DAY, PAGES, remember, versioned_key

from .language import api_language

# What a list endpoint reads besides its filters.
COMMON_PARAMETERS = ("lang", "page", "page_size", "ordering", "search", "q")


def is_personal(request) -> bool:
    return bool(request.auth) or bool(request.user and request.user.is_authenticated)


class ApiViewMixin:
    """The language of the answer and the headers saying who may keep it."""

    language = settings.LANGUAGE_CODE

    def initial(self, request, *args, **kwargs):
        self.language = api_language(request)
        translation.activate(self.language)
        request.LANGUAGE_CODE = self.language
        super().initial(request, *args, **kwargs)

    def finalize_response(self, request, response, *args, **kwargs):
        response = super().finalize_response(request, response, *args, **kwargs)
        response["Content-Language"] = self.language
        patch_vary_headers(response, ("Accept-Language", "Authorization"))
        if is_personal(request):
            patch_cache_control(response, private=True, no_store=True)
        return response


class CachedReadMixin:
    """Anonymous GETs' data from the cache, computed once per version, language and query."""

    # Query parameters that change the answer, besides COMMON_PARAMETERS and the filters.
    query_parameters: tuple[str, ...] = ()

    def known_parameters(self) -> set[str]:
        names = set(COMMON_PARAMETERS) | set(self.query_parameters)
        filterset_class = getattr(self, "filterset_class", None)
        if filterset_class is not None:
            names |= set(filterset_class.base_filters)
        return names

    def cached_data(self, request, compute):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or is_personal(request):
            return compute()
        known = self.known_parameters()
        query = urlencode(
            sorted(
                (name, value) for name in request.GET if name in known for value in request.GET.getlist(name)
            )
        )
        key = versioned_key(PAGES, "api", request.path, self.language, query)
        return remember(key, compute, timeout=seconds)


class PublicReadViewSet(ApiViewMixin, CachedReadMixin, viewsets.ReadOnlyModelViewSet):
    """Public records, read by anyone: a list and a record, from the cache for anonymous clients."""

    permission_classes = [AllowAny]

    def get_object(self):
        # An unknown record is the API's plain 404 ("Not found." in the answer's language), never
        # Django's message naming the model.
        try:
            return super().get_object()
        except Http404:
            raise NotFound() from None

    def list(self, request, *args, **kwargs):
        parent = super()
        return Response(self.cached_data(request, lambda: plain(parent.list(request, *args, **kwargs).data)))

    def retrieve(self, request, *args, **kwargs):
        parent = super()
        return Response(
            self.cached_data(request, lambda: plain(parent.retrieve(request, *args, **kwargs).data))
        )


class CachedRecordsMixin:
    """A list whose records' representations are kept in the cache, each under the pages' version.

    Serializing every field of a record with its relations costs more than reading it: a list of
    the ESF+ register reads the ids of the page asked for, takes the records it has represented
    before from the cache in one read (per language and site address, under the pages' version,
    which a change of any public record replaces), and reads and represents only the others, in
    one batch. So a list costs the same queries whatever its page size, and little once warm,
    with the page cache off too.
    """

    def list(self, request, *args, **kwargs):
        return Response(self.cached_data(request, lambda: self._records_list(request)))

    def _records_list(self, request):
        ids = self.filter_queryset(self.get_queryset()).values_list("pk", flat=True)
        page = self.paginate_queryset(ids)
        if page is None:
            return self.representations(list(ids))
        return plain(self.get_paginated_response(self.representations(page)).data)

    def representations(self, ids):
        root = self.request.build_absolute_uri("/")
        keys = {pk: versioned_key(PAGES, "api-record", self.basename, self.language, root, pk) for pk in ids}
        found = cache.get_many(list(keys.values()))
        missing = [pk for pk in ids if keys[pk] not in found]
        if missing:
            records = list(self.get_queryset().filter(pk__in=missing))
            fresh = dict(
                zip(
                    [record.pk for record in records],
                    self.get_serializer(records, many=True).data,
                    strict=True,
                )
            )
            cache.set_many({keys[pk]: dict(row) for pk, row in fresh.items()}, timeout=ONE_DAY)
            found.update({keys[pk]: dict(row) for pk, row in fresh.items()})
        return [found[keys[pk]] for pk in ids if keys[pk] in found]


def plain(data):
    """A serializer's answer as plain lists and dicts, to be kept in the cache."""
    return list(data) if isinstance(data, list) else dict(data)
