"""The national strategies in the Wagtail admin, for staff: listings with filters, search and CSV export.

Strategies and action items keep revisions, so their history in the admin shows every change
with who and when, and compares two versions field by field; Wagtail's own log entries and
revisions are the audit trail.
"""

from django.utils.translation import gettext_lazy as _

from apps.core.admin.snippets import ChoosableSnippetViewSet, UnchosenSnippetViewSet, register_snippet_menu

from .models import ActionItem, ActionPlan, DesignCriterion, Strategy


class DesignCriterionViewSet(ChoosableSnippetViewSet):
    model = DesignCriterion
    icon = "tasks"
    list_display = ["name", "sort_order"]
    search_fields = ["name", "description"]
    list_export = ["sort_order", "name", "description"]
    export_filename = "design-criteria"
    ordering = ["sort_order"]


class StrategyViewSet(ChoosableSnippetViewSet):
    model = Strategy
    icon = "site"
    list_display = ["__str__", "status", "adopted_on", "is_public"]
    list_filter = ["country", "status", "is_public"]
    search_fields = ["vision", "governance", "legal_form", "funding_model"]
    list_export = [
        "country",
        "version",
        "status",
        "adopted_on",
        "is_public",
        "vision",
        "governance",
        "legal_form",
        "funding_model",
    ]
    ordering = ["country", "-version"]


class ActionPlanViewSet(ChoosableSnippetViewSet):
    model = ActionPlan
    icon = "list-ul"
    list_display = ["title", "strategy", "starts_on", "ends_on"]
    list_filter = ["strategy__country", "strategy__status"]
    search_fields = ["title"]
    list_export = ["strategy", "title", "starts_on", "ends_on"]


class ActionItemViewSet(UnchosenSnippetViewSet):
    model = ActionItem
    icon = "tick"
    list_display = ["title", "plan", "responsible_organisation", "due_date", "status", "progress"]
    list_filter = ["plan__strategy__country", "status"]
    search_fields = ["title", "note"]
    list_export = ["plan", "title", "responsible_organisation", "due_date", "status", "progress", "note"]
    ordering = ["due_date"]


register_snippet_menu(
    _("CCSI strategies"),
    name="ccsi-strategies",
    icon="site",
    items=(DesignCriterionViewSet, StrategyViewSet, ActionPlanViewSet, ActionItemViewSet),
)
