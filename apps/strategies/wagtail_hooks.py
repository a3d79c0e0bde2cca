"""The national strategies in the Wagtail admin, for staff: listings with filters, search and CSV export.

Strategies and action items keep revisions, so their history in the admin shows every change
with who and when, and compares two versions field by field; Wagtail's own log entries and
revisions are the audit trail.
"""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from apps.core.permissions import PermissionCheckedChooserViewSet, WithoutChooser

from .models import ActionItem, ActionPlan, DesignCriterion, Strategy


class DesignCriterionViewSet(SnippetViewSet):
    model = DesignCriterion
    chooser_viewset_class = PermissionCheckedChooserViewSet
    icon = "tasks"
    list_display = ["name", "sort_order"]
    search_fields = ["name", "description"]
    list_export = ["sort_order", "name", "description"]
    export_filename = "design-criteria"
    ordering = ["sort_order"]


class StrategyViewSet(SnippetViewSet):
    model = Strategy
    chooser_viewset_class = PermissionCheckedChooserViewSet
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
    export_filename = "strategies"
    ordering = ["country", "-version"]


class ActionPlanViewSet(SnippetViewSet):
    model = ActionPlan
    chooser_viewset_class = PermissionCheckedChooserViewSet
    icon = "list-ul"
    list_display = ["title", "strategy", "starts_on", "ends_on"]
    list_filter = ["strategy__country", "strategy__status"]
    search_fields = ["title"]
    list_export = ["strategy", "title", "starts_on", "ends_on"]
    export_filename = "action-plans"

    def get_queryset(self, request):
        return ActionPlan.objects.select_related("strategy")


class ActionItemViewSet(WithoutChooser, SnippetViewSet):
    model = ActionItem
    icon = "tick"
    list_display = ["title", "plan", "responsible_organisation", "due_date", "status", "progress"]
    list_filter = ["plan__strategy__country", "status"]
    search_fields = ["title", "note"]
    list_export = ["plan", "title", "responsible_organisation", "due_date", "status", "progress", "note"]
    export_filename = "action-items"
    ordering = ["due_date"]

    def get_queryset(self, request):
        return ActionItem.objects.select_related("plan", "responsible_organisation")


class StrategiesViewSetGroup(SnippetViewSetGroup):
    items = (DesignCriterionViewSet, StrategyViewSet, ActionPlanViewSet, ActionItemViewSet)
    menu_icon = "site"
    menu_label = _("CCSI strategies")
    menu_name = "ccsi-strategies"


register_snippet(StrategiesViewSetGroup)
