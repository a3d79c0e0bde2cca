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
from .cache import ONE_DAY, PAGES, versioned_key


class ChildBySlugMixin:
    """Find a child by its slug in the reader's language with one indexed query, then cache it.

    wagtail-modeltranslation's route loads every child to compare slugs in Python, which costs
    a second per request under a library of 100,000 cases. A slug missing in a language falls
    back to the default language's, as modeltranslation does. Which child a slug names is kept
    in the cache until a page is published, unpublished, moved or deleted.
    """

    def route(self, request, path_components):
        if not path_components:
            return super().route(request, path_components)
        slug, remaining = path_components[0], path_components[1:]
        language = translation.get_language() or settings.LANGUAGE_CODE
        default = settings.LANGUAGE_CODE
        in_language = Q(**{f"slug_{language}": slug})
        if language != default:
            missing = Q(**{f"slug_{language}__isnull": True}) | Q(**{f"slug_{language}": ""})
            in_language |= missing & Q(**{f"slug_{default}": slug})
        key = versioned_key(PAGES, "route", language, self.pk, slug)
        found = cache.get(key)
        if found is None:
            found = self.get_children().filter(in_language).values_list("content_type_id", "pk").first()
            if found is None:
                raise Http404
            cache.set(key, found, timeout=ONE_DAY)
        content_type_id, pk = found
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        child = model.objects.filter(pk=pk).defer(*getattr(model, "route_deferred_fields", ())).first()
        if child is None:
            raise Http404
        return child.route(request, remaining)


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
