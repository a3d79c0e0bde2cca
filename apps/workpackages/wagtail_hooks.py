"""The project's work in the Wagtail admin, for staff: listings with filters, search and CSV export.

Work packages, deliverables, milestones and pilots keep revisions, so their history in the admin
shows every change with who and when, and compares two versions field by field; Wagtail's own
log entries and revisions are the audit trail.
"""

from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from apps.core.admin.snippets import ChoosableSnippetViewSet, UnchosenSnippetViewSet, register_snippet_menu
from apps.core.files.private_input import register_private_download

from .models import Deliverable, MentoringSession, Milestone, Pilot, TransferAnalysis, WorkPackage


class WorkPackageViewSet(ChoosableSnippetViewSet):
    model = WorkPackage
    icon = "list-ol"
    list_display = ["__str__", "kind", "lead_partner", "supporting_partner", "start_month", "end_month"]
    list_filter = ["kind"]
    search_fields = ["objectives"]
    list_export = [
        "number",
        "kind",
        "lead_partner",
        "supporting_partner",
        "start_month",
        "end_month",
        "objectives",
    ]
    ordering = ["number"]


class DeliverableViewSet(UnchosenSnippetViewSet):
    model = Deliverable
    icon = "doc-full"
    list_display = ["code", "title", "work_package", "due_date", "status", "is_public"]
    list_filter = ["work_package", "status", "is_public"]
    search_fields = ["code", "title"]
    list_export = ["code", "title", "work_package", "due_date", "status", "is_public"]
    ordering = ["code"]


class MilestoneViewSet(UnchosenSnippetViewSet):
    model = Milestone
    icon = "flag"
    list_display = ["__str__", "work_package", "date", "reached"]
    list_filter = ["work_package", "reached"]
    search_fields = ["title"]
    list_export = ["work_package", "number", "title", "date", "reached"]


class PilotViewSet(ChoosableSnippetViewSet):
    model = Pilot
    icon = "rocket"
    list_display = ["__str__", "mentor_organisation", "mentee_organisation", "is_public"]
    list_filter = ["country", "is_public"]
    search_fields = ["practice_transferred"]
    list_export = [
        "country",
        "practice_transferred",
        "mentor_organisation",
        "mentee_organisation",
        "is_public",
    ]


class MentoringSessionViewSet(UnchosenSnippetViewSet):
    model = MentoringSession
    icon = "group"
    list_display = ["__str__", "participants", "is_public"]
    list_filter = ["pilot", "is_public"]
    search_fields = ["topics", "outcomes"]
    list_export = ["pilot", "date", "participants", "topics", "outcomes", "is_public"]
    ordering = ["-date"]


class TransferAnalysisViewSet(UnchosenSnippetViewSet):
    model = TransferAnalysis
    icon = "view"
    list_display = ["__str__", "is_public"]
    list_filter = ["is_public"]
    list_export = [
        "pilot",
        "context_factors",
        "adaptations",
        "barriers",
        "results",
        "recommendations",
        "is_public",
    ]


register_snippet_menu(
    _("Project work"),
    name="project-work",
    icon="list-ol",
    items=(
        WorkPackageViewSet,
        DeliverableViewSet,
        MilestoneViewSet,
        PilotViewSet,
        MentoringSessionViewSet,
        TransferAnalysisViewSet,
    ),
)

# The edit form links a deliverable's file to its download, which lets staff have any of them.
register_private_download(
    Deliverable, "file", lambda deliverable: reverse("workpackages:deliverable_file", args=[deliverable.pk])
)
