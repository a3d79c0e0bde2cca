"""The mapping in the Wagtail admin: the criteria grid, the review queue and the review page.

Entries are written by partners on the public site, so the admin does not edit them: the queue
(filtered by country, kind and status) leads to the review page, and Wagtail's own history and
revision comparison of each entry are kept, because every save and step is a revision.
"""

from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet, SnippetViewSetGroup

from . import admin_views
from .models import CriteriaGrid, MappingEntry


class CriteriaGridViewSet(SnippetViewSet):
    model = CriteriaGrid
    icon = "table"
    # A copy must be a new version with its own criteria: the "New version" button makes it.
    copy_view_enabled = False
    list_display = ["__str__", "is_current", "created"]
    ordering = ["-version"]


class EntryIndexView(IndexView):
    def get_edit_url(self, instance):
        return reverse("mapping_review", args=[instance.pk])


class EntryEditView(EditView):
    """Entries are the partners' text: staff review them instead of editing them."""

    def dispatch(self, request, *args, **kwargs):
        return redirect("mapping_review", pk=kwargs["pk"])


class MappingEntryViewSet(SnippetViewSet):
    model = MappingEntry
    icon = "tasks"
    menu_label = _("Review queue")
    list_display = ["title", "kind", "country", "organisation", "status", "submitted", "updated"]
    list_filter = ["country", "kind", "status"]
    search_fields = ["title"]
    ordering = ["-submitted"]
    index_view_class = EntryIndexView
    edit_view_class = EntryEditView
    add_to_admin_menu = False
    inspect_view_enabled = True

    def get_queryset(self, request):
        return MappingEntry.objects.select_related("organisation")


class MappingViewSetGroup(SnippetViewSetGroup):
    items = (MappingEntryViewSet, CriteriaGridViewSet)
    menu_icon = "site"
    menu_label = _("Ecosystem mapping")
    menu_name = "mapping"


register_snippet(MappingViewSetGroup)


@hooks.register("register_admin_urls")
def review_urls():
    return [
        path("mapping/review/<int:pk>/", admin_views.review, name="mapping_review"),
        path(
            "mapping/grid/<int:pk>/new-version/",
            admin_views.grid_new_version,
            name="mapping_grid_new_version",
        ),
    ]


@hooks.register("register_snippet_listing_buttons")
def grid_new_version_button(snippet, user, next_url=None):
    if isinstance(snippet, CriteriaGrid) and user.has_perm("mapping.add_criteriagrid"):
        yield ListingButton(
            _("New version"),
            reverse("mapping_grid_new_version", args=[snippet.pk]),
            icon_name="copy",
            priority=5,
        )


@hooks.register("register_log_actions")
def review_log_actions(actions):
    for action, step_label in (
        ("submit", _("Submitted for review")),
        ("request_changes", _("Changes requested")),
        ("approve", _("Approved")),
        ("reject", _("Rejected")),
    ):

        @actions.register_action(f"mapping.{action}")
        class ReviewStep(LogFormatter):
            label = _("Mapping review: %(step)s") % {"step": step_label}

            def format_message(self, log_entry):
                comment = log_entry.data.get("comment")
                return f"{self.label}: {comment}" if comment else str(self.label)
