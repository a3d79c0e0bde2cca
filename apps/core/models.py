from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db.models import Q
from django.http import Http404
from django.utils import translation

from wagtail.models import Page

from .cache import ONE_DAY, PAGES, local_get, local_set, versioned_key


class ChildBySlugMixin:
    """Find the page a path names with one indexed query per level, and remember the answer.

    wagtail-modeltranslation's route loads every child to compare slugs in Python, which costs
    a second per request under a library of 100,000 cases. Here each level is one query on the
    slug column of the reader's language (a slug missing in a language falls back to the
    default language's, as modeltranslation does), and which page a whole path names is kept
    until a page is published, unpublished, moved or deleted, so a request fetches only the
    page it shows.
    """

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        language = translation.get_language() or settings.LANGUAGE_CODE
        key = versioned_key(PAGES, "route", language, self.pk, "/".join(path_components))
        found = local_get(key) or cache.get(key)
        if found is None:
            found = self._resolve(path_components, language)
            if found is None:
                raise Http404
            cache.set(key, found, timeout=ONE_DAY)
        local_set(key, found)
        content_type_id, pk = found
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        page = model.objects.filter(pk=pk).defer(*getattr(model, "route_deferred_fields", ())).first()
        if page is None:
            raise Http404
        return page.route(request, [])

    def _resolve(self, path_components, language) -> tuple[int, int] | None:
        default = settings.LANGUAGE_CODE
        path, depth, found = self.path, self.depth, None
        for slug in path_components:
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
                return None
            found = child[:2]
            path, depth = child[2], child[3]
        return found
