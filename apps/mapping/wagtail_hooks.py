"""The mapping in the Wagtail admin: the criteria grid, the review queue and the review page.

Entries are written by partners on the public site, so the admin does not edit them: the queue
(filtered by country, kind and status) leads to the review page, and Wagtail's own history and
revision comparison of each entry are kept, because every save and step is a revision.
"""

from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.log_actions import LogFormatter
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, IndexView, SnippetViewSet, SnippetViewSetGroup

from . import admin_views
from .models import CriteriaGrid, MappingEntry


class CriteriaGridForm(WagtailAdminModelForm):
    def clean(self):
        cleaned = super().clean()
        if self.instance.is_frozen and self.has_changed():
            raise self.error_class_for_frozen()
        return cleaned

    @staticmethod
    def error_class_for_frozen():
        from django.core.exceptions import ValidationError

        return ValidationError(
            _(
                "Assessments have been scored on this version, and their scores must keep their meaning. "
                "Make a new version for your changes instead: add a grid with the next version number."
            )
        )


CriteriaGrid.base_form_class = CriteriaGridForm


class CriteriaGridViewSet(SnippetViewSet):
    model = CriteriaGrid
    icon = "table"
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


class MappingViewSetGroup(SnippetViewSetGroup):
    items = (MappingEntryViewSet, CriteriaGridViewSet)
    menu_icon = "site"
    menu_label = _("Ecosystem mapping")
    menu_name = "mapping"


register_snippet(MappingViewSetGroup)


@hooks.register("register_admin_urls")
def review_urls():
    return [path("mapping/review/<int:pk>/", admin_views.review, name="mapping_review")]


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
