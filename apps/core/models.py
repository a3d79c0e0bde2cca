from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.cache import cache
from django.db import models
from django.db.models import Q
from django.http import Http404
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from .blocks import BaseStreamBlock
from .cache import ONE_DAY, PAGES, cached, local_get, local_set, versioned_key


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


class HomePage(ChildBySlugMixin, Page):
    """The root of the public site: the centre's promise and the way into its content."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        verbose_name = _("home page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["child_pages"] = cached(
            PAGES,
            "home-children",
            self.pk,
            translation.get_language(),
            compute=lambda: [
                {"title": child.title, "url": child.get_url(request), "intro": getattr(child, "intro", "")}
                for child in self.get_children().live().public().in_menu().specific().order_by("path")
            ],
        )
        return context


class StandardPage(ChildBySlugMixin, Page):
    """A page of prose, such as "About the project" and the pages of the work packages."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    project = models.ForeignKey(
        "partners.Project",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        verbose_name=_("project facts"),
        help_text=_("Show this project's figures and consortium below the text."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("project"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["core.HomePage", "core.StandardPage"]
    subpage_types = ["core.StandardPage"]

    class Meta:
        verbose_name = _("standard page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["child_pages"] = self.get_children().live().public().specific().order_by("path")
        if self.project_id:
            from apps.partners.selectors import consortium_list

            context["project"] = self.project
            context["consortium"] = consortium_list()
        return context
