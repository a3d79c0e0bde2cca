"""The mapping in the Wagtail admin: the criteria grid, the review queue and the review page.

Entries are written by partners on the public site, so the admin does not edit them: the queue
(filtered by country, kind and status) leads to the review page, and Wagtail's own history and
revision comparison of each entry are kept, because every save and step is a revision.
"""

import django_filters

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.ui.tables import Column
from wagtail.log_actions import LogFormatter
from wagtail.snippets.views.snippets import EditView, IndexView

from apps.core.admin.dashboard import DashboardPanel
from apps.core.admin.snippets import ChoosableSnippetViewSet, UnchosenSnippetViewSet, register_snippet_menu
from apps.core.admin.views import register_admin_views, register_listing_button

from . import admin_views, selectors
from .models import IN_REVIEW, CriteriaGrid, EntryStatus, MappingEntry


class CriteriaGridViewSet(ChoosableSnippetViewSet):
    model = CriteriaGrid
    icon = "table"
    # A copy must be a new version with its own criteria: the "New version" button makes it.
    copy_view_enabled = False
    list_display = ["__str__", "is_current", "created"]
    ordering = ["-version"]


AWAITING_REVIEW = "awaiting_review"


class EntryFilterSet(WagtailFilterSet):
    """The queue's filters; its status adds "awaiting review", submitted and resubmitted together."""

    status = django_filters.ChoiceFilter(
        label=_("status"),
        choices=[(AWAITING_REVIEW, _("Awaiting review")), *EntryStatus.choices],
        method="filter_status",
        empty_label=_("All"),
    )

    class Meta:
        model = MappingEntry
        fields = ["country", "kind", "status"]

    def filter_status(self, queryset, name, value):
        if value == AWAITING_REVIEW:
            return queryset.filter(status__in=IN_REVIEW)
        return queryset.filter(status=value)


class EntryIndexView(IndexView):
    @cached_property
    def columns(self):
        """A last column marks the entries of the reviewer's own organisations: another reviewer decides."""
        own = selectors.organisation_ids(self.request.user)
        return [
            *super().columns,
            Column(
                "decision",
                label=_("Decision"),
                accessor=lambda entry: _("Another reviewer decides") if entry.organisation_id in own else "",
            ),
        ]

    def get_edit_url(self, instance):
        return reverse("mapping_review", args=[instance.pk])

    def get_filterset_kwargs(self):
        """The queue opens on what awaits review; choosing "All" (an empty status) shows every entry."""
        kwargs = super().get_filterset_kwargs()
        if "status" not in kwargs["data"]:
            data = kwargs["data"].copy()
            data["status"] = AWAITING_REVIEW
            kwargs["data"] = data
        return kwargs


class EntryEditView(EditView):
    """Entries are the partners' text: staff review them instead of editing them."""

    def dispatch(self, request, *args, **kwargs):
        return redirect("mapping_review", pk=kwargs["pk"])


class MappingEntryViewSet(UnchosenSnippetViewSet):
    model = MappingEntry
    icon = "tasks"
    menu_label = _("Review queue")
    list_display = ["title", "kind", "country", "organisation", "status", "submitted", "updated"]
    filterset_class = EntryFilterSet
    search_fields = ["title"]
    ordering = ["-submitted"]
    index_view_class = EntryIndexView
    edit_view_class = EntryEditView
    add_to_admin_menu = False
    inspect_view_enabled = True


register_snippet_menu(
    _("Ecosystem mapping"), name="mapping", icon="site", items=(MappingEntryViewSet, CriteriaGridViewSet)
)
register_admin_views(
    ("mapping/review/<int:pk>/", admin_views.review, "mapping_review"),
    ("mapping/grid/<int:pk>/new-version/", admin_views.grid_new_version, "mapping_grid_new_version"),
)
register_listing_button(
    CriteriaGrid,
    _("New version"),
    "mapping_grid_new_version",
    icon="copy",
    permission=admin_views.NEW_VERSION_PERMISSION,
)


@hooks.register("register_log_actions")
def review_log_actions(actions):
    for action, step_label in (
        ("submit", _("Submitted for review")),
        ("withdraw", _("Withdrawn from review")),
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


class ReviewQueuePanel(DashboardPanel):
    """On a reviewer's dashboard: how many entries wait for this reviewer, and the one waiting longest.

    Entries of the reviewer's own organisations are counted apart: another reviewer decides.
    """

    name = "mapping_review_queue"
    order = 40
    template_name = "mapping/admin/review_queue_panel.html"

    def get_context_data(self, parent_context=None):
        queue = selectors.review_queue(self.user)
        return {
            "queue": queue,
            "queue_url": reverse("wagtailsnippets_mapping_mappingentry:list") + f"?status={AWAITING_REVIEW}",
            "oldest_url": reverse("mapping_review", args=[queue.oldest.pk]) if queue.oldest else None,
        }


def review_queue_panel(request) -> ReviewQueuePanel | None:
    """The queue on a reviewer's dashboard (the manifest names it); nothing for other staff."""
    return ReviewQueuePanel(request.user) if selectors.is_reviewer(request.user) else None
