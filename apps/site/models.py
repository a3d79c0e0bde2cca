"""The site's own pages: the home page and pages of prose, such as the project and its work packages.

They stand above the domains: a standard page may show the project's facts and consortium
(partners), and the home page leads into every section of the page tree.
"""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from apps.core.blocks import BaseStreamBlock
from apps.core.cache import PAGES, cached
from apps.core.routing import CachedRestrictionsMixin, ChildBySlugMixin
from apps.partners.selectors import consortium_list


class HomePage(CachedRestrictionsMixin, ChildBySlugMixin, Page):
    """The root of the public site: the centre's promise and the way into its content."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))

    content_panels = [*Page.content_panels, FieldPanel("intro"), FieldPanel("body")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    parent_page_types = ["wagtailcore.Page"]
    max_count = 1

    class Meta:
        db_table = "core_homepage"  # the table it had when the kernel held the site's pages
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


class StandardPage(CachedRestrictionsMixin, ChildBySlugMixin, Page):
    """A page of prose, such as "About the project" and the pages of the work packages."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    project = models.ForeignKey(
        "partners.ConsortiumProject",
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

    parent_page_types = ["site.HomePage", "site.StandardPage"]
    subpage_types = ["site.StandardPage"]

    class Meta:
        db_table = "core_standardpage"
        verbose_name = _("standard page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["child_pages"] = self.get_children().live().public().specific().order_by("path")
        if self.project_id:
            context["project"] = self.project
            context["consortium"] = consortium_list()
        return context
