"""The site's own pages: the home page and pages of prose, such as the project and its work packages.

They stand above the domains: a standard page may show the project's facts and consortium
(partners) or a work package's record (its description, objectives, deliverables and milestones
live once, in the record), and the home page leads into every section of the page tree.
"""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index

from apps.activities.selectors import events_page_url, work_package_activities
from apps.capacity.selectors import hub_page_url, thematic_selections
from apps.core.blocks import BaseStreamBlock
from apps.core.caching.versioned import PAGES, cached
from apps.core.child_pages import cached_child_links
from apps.core.fields import optional_foreign_key
from apps.core.web.routing import CachedRestrictionsMixin, ChildBySlugMixin
from apps.partners.selectors import consortium_list
from apps.workpackages.selectors import work_package_objectives, work_package_public

# WP4's page shows the countries' thematic areas and the capacity-building activities on each.
CAPACITY_WORK_PACKAGE = 4


def capacity_context(request, activities) -> dict:
    """The countries' thematic areas, each with WP4's activities tagged with its theme."""
    by_theme = {}
    for activity in activities:
        if activity.theme_id:
            by_theme.setdefault(activity.theme_id, []).append(activity)
    selections = thematic_selections()
    for selection in selections:
        for area in selection.areas.all():
            area.activities = [
                activity
                for activity in by_theme.get(area.theme_id, [])
                if activity.country in ("", selection.country)
            ]
    return {
        "thematic_selections": selections,
        "hub_url": cached(
            PAGES, "hub-page-url", translation.get_language(), compute=lambda: hub_page_url(request) or ""
        ),
    }


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
        context["child_pages"] = cached_child_links(
            self,
            request,
            "home-children",
            lambda: self.get_children().live().public().in_menu().specific().order_by("path"),
            intro=lambda child: getattr(child, "intro", ""),
        )
        return context


class StandardPage(CachedRestrictionsMixin, ChildBySlugMixin, Page):
    """A page of prose, such as "About the project" and the pages of the work packages."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    project = optional_foreign_key(
        "partners.ConsortiumProject",
        related_name="+",
        verbose_name=_("project facts"),
        help_text=_("Show this project's figures and consortium below the text."),
    )
    work_package = optional_foreign_key(
        "workpackages.WorkPackage",
        related_name="+",
        verbose_name=_("work package"),
        help_text=_(
            "Show this work package's description, objectives, partners, public deliverables and "
            "milestones below the introduction: edit them in the work package, not here."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("intro"),
        FieldPanel("body"),
        FieldPanel("project"),
        FieldPanel("work_package"),
    ]
    search_fields = [*Page.search_fields, index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["site.HomePage", "site.StandardPage"]
    subpage_types = ["site.StandardPage", "workpackages.PilotPage"]

    class Meta:
        db_table = "core_standardpage"
        verbose_name = _("standard page")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        children = list(self.get_children().live().public().specific().order_by("path"))
        linked = [child.work_package_id for child in children if getattr(child, "work_package_id", None)]
        if linked:
            # A work package's objectives show on its card: they are the record's, not the page's.
            objectives = work_package_objectives(linked)
            for child in children:
                child.work_package_objectives = objectives.get(getattr(child, "work_package_id", None), "")
        context["child_pages"] = children
        if self.work_package_id:
            work_package = work_package_public(self.work_package_id)
            context["work_package"] = work_package
            if work_package is not None:
                # The work package's events come from the events' own records, in their own app.
                context["event_base"] = cached(
                    PAGES,
                    "events-page-url",
                    translation.get_language(),
                    compute=lambda: events_page_url(request) or "",
                )
                context["work_package_activities"] = (
                    work_package_activities(work_package.number) if context["event_base"] else []
                )
                if work_package.number == CAPACITY_WORK_PACKAGE:
                    context.update(capacity_context(request, context["work_package_activities"]))
        if self.project_id:
            context["project"] = self.project
            context["consortium"] = consortium_list()
        return context
