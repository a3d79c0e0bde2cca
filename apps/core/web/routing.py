"""Where the portal leans on Wagtail's internals, in one place: finding a request's site and a page.

Four things, each pinned by tests/core/test_wagtail_contract.py so that a Wagtail upgrade that
changes what they rely on fails there first:

- `ChildBySlugMixin.route` finds a child by the slug column of the reader's language with one
  indexed query per level, and caches which page a path names. wagtail-modeltranslation loads
  every child to compare slugs, which costs a second a request under 100,000 cases.
- `RecordRouteMixin.route` serves an app's records below its index page (events, strategies,
  ESF+ projects) from the records themselves.
- `reattach_routes()` puts those routes back on every page class that uses the mixins, because
  wagtail-modeltranslation replaces `route` on translated page classes when it starts.
- `CachedRestrictionsMixin.get_view_restrictions` answers "no restriction" from the cached
  restricted paths, so a public page pays no queries for Wagtail's privacy check.
- `WagtailSiteMiddleware` remembers the request's site (Wagtail's `Site._find_for_request`)
  per process, under the page tree's version, and hands it to Wagtail as `request._wagtail_site`.
"""

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Q
from django.http import Http404
from django.utils import translation

from wagtail.models import Page, PageViewRestriction, Site

from apps.core.caching.versioned import ONE_DAY, PAGES, local_get, local_set, versioned_key
from apps.core.selectors import is_restricted


class ChildBySlugMixin:
    """Find the page a path names with one indexed query per level, and remember the answer.

    wagtail-modeltranslation's route loads every child to compare slugs in Python, which costs
    a second per request under a library of 100,000 cases. Here each level is one query on the
    slug column of the reader's language (a slug missing in a language falls back to the
    default language's, as modeltranslation does), and which page a whole path names is kept
    until a page is published, unpublished, moved or deleted, so a request fetches only the
    page it shows. What is left of a path below the deepest page found is handed to that page's
    own `route`, as Wagtail does, so a page may answer paths below itself (the events page
    serves each event at `<slug>/`).
    """

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        language = translation.get_language() or settings.LANGUAGE_CODE
        key = self._route_key(language, path_components)
        found = local_get(key) or cache.get(key)
        remaining: list[str] = []
        if found is None:
            found, remaining = self._known_prefix(path_components, language)
        if found is None:
            found, remaining = self._resolve(path_components, language)
            if found is None:
                raise Http404
            # Only whole paths to a page are kept: a path that goes on below a page is that
            # page's to answer (an event below the events page), or a 404 for junk, so what is
            # kept is the path to the page that answers it.
            consumed = path_components[: len(path_components) - len(remaining)]
            cache.set(self._route_key(language, consumed), found, timeout=ONE_DAY)
        if not remaining:
            local_set(key, found)
        content_type_id, pk = found
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        page = model.objects.filter(pk=pk).defer(*getattr(model, "route_deferred_fields", ())).first()
        if page is None:
            raise Http404
        return page.route(request, remaining)

    def _route_key(self, language: str, path_components) -> str:
        return versioned_key(PAGES, "route", language, self.pk, "/".join(path_components))

    def _known_prefix(self, path_components, language) -> tuple[tuple[int, int] | None, list[str]]:
        """The deepest kept page that a path goes on below (a record below its index page), if any.

        A record's path is never kept itself, but the path to the page serving it is: the next
        record below that page costs one cache read instead of a query per level.
        """
        for length in range(len(path_components) - 1, 0, -1):
            prefix_key = self._route_key(language, path_components[:length])
            found = local_get(prefix_key) or cache.get(prefix_key)
            if found is not None:
                local_set(prefix_key, found)
                return found, list(path_components[length:])
        return None, []

    def _resolve(self, path_components, language) -> tuple[tuple[int, int] | None, list[str]]:
        """The deepest page the path names below this one, and the components left below it."""
        default = settings.LANGUAGE_CODE
        path, depth, found = self.path, self.depth, None
        for position, slug in enumerate(path_components):
            in_language = Q(**{f"slug_{language}": slug})
            if language != default:
                missing = Q(**{f"slug_{language}__isnull": True}) | Q(**{f"slug_{language}": ""})
                in_language |= missing & Q(**{f"slug_{default}": slug})
            child = (
                Page.objects.filter(in_language, path__startswith=path, depth=depth + 1)
                .values_list("content_type_id", "pk", "path", "depth")
                .first()
            )
            if child is None:
                return found, (list(path_components[position:]) if found else [])
            found = child[:2]
            path, depth = child[2], child[3]
        return found, []


class CachedRestrictionsMixin:
    """Wagtail's privacy check without its two queries on a page no restriction covers.

    Before serving a page Wagtail reads its ancestors and their view restrictions from the
    database. Which paths are restricted is cached until a restriction changes (its version is
    never trusted from memory), so a public page answers from the cache; a restricted page, or
    an alias (whose source page's restrictions apply), asks Wagtail as before.
    """

    def get_view_restrictions(self):
        if self.alias_of_id is None and not is_restricted(self):
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class RecordRouteMixin:
    """A page that serves records of its app below itself at `<key>/`, read from the record.

    The events, the strategies and the ESF+ register keep one source of truth, the record, and
    no page per record: `record_route(request, key)` returns a `RouteResult` for the record a
    path names, or None, and everything else goes to Wagtail's own routing (children, 404).
    """

    def record_route(self, request, key: str):
        raise NotImplementedError

    def route(self, request, path_components):
        if len(path_components) == 1 and self.live:
            found = self.record_route(request, path_components[0])
            if found is not None:
                return found
        return Page.route(self, request, path_components)


def reattach_routes() -> None:
    from django.apps import apps

    for model in apps.get_models():
        if issubclass(model, ChildBySlugMixin):
            model.route = ChildBySlugMixin.route
        elif issubclass(model, RecordRouteMixin):
            model.route = RecordRouteMixin.route


class WagtailSiteMiddleware:
    """Look up the request's Wagtail site once per process, not with two queries per request.

    Wagtail finds the site for every request and fetches its root page again each time. The
    site, with its root page already made specific, is remembered in the process under the
    page-tree version, which a change of any page or site replaces.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        key = versioned_key(PAGES, "site", request.get_host(), request.get_port())
        site = local_get(key)
        if site is None:
            site = Site._find_for_request(request)
            if site is not None:
                site.root_page.specific  # noqa: B018 - computed once, kept with the site
                local_set(key, site)
        request._wagtail_site = site
        return self.get_response(request)
