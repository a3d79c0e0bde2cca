"""The register in the Wagtail admin: projects, engagements, support offerings and coalitions.

Projects and engagements keep revisions, so Wagtail's history shows who changed what and when.
Only staff with the models' permissions reach these views (Wagtail's own permission checks).
"""

from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from apps.core.permissions import PermissionCheckedChooserViewSet, WithoutChooser

from .models import ClusterCoalition, Engagement, EsfProject, OfferingItem, SupportOffering


class EsfProjectViewSet(SnippetViewSet):
    model = EsfProject
    chooser_viewset_class = PermissionCheckedChooserViewSet
    icon = "doc-full"
    list_display = [
        "diary_number",
        "name",
        "owner",
        "country",
        "region",
        "start_date",
        "end_date",
        "is_public",
    ]
    list_filter = [
        "country",
        "fund",
        "programme_area",
        "region",
        "is_public",
        "strategic_importance",
        "is_demo",
    ]
    search_fields = ["diary_number", "name", "owner"]
    list_export = [
        "diary_number",
        "name",
        "owner",
        "owner_organisation_number",
        "country",
        "fund",
        "programme_cci",
        "start_date",
        "end_date",
        "eu_cofinancing_rate",
        "programme_area",
        "specific_objective",
        "region",
        "nuts2_code",
        "intervention_type",
        "participant_count",
        "strategic_importance",
        "is_public",
    ]
    export_filename = "esf-projects"
    ordering = ["-start_date"]
    inspect_view_enabled = True


class EngagementViewSet(WithoutChooser, SnippetViewSet):
    model = Engagement
    icon = "link"
    list_display = ["project", "offering", "kind", "start_date", "end_date", "status"]
    list_filter = ["kind", "status", "offering"]
    search_fields = ["note"]
    list_export = ["project", "offering", "kind", "start_date", "end_date", "status", "note"]
    export_filename = "esf-engagements"
    ordering = ["-start_date"]

    def get_queryset(self, request):
        return Engagement.objects.select_related("project", "offering")


class SupportOfferingViewSet(SnippetViewSet):
    model = SupportOffering
    chooser_viewset_class = PermissionCheckedChooserViewSet
    icon = "list-ul"
    list_display = ["number", "name"]
    search_fields = ["name"]
    list_export = ["number", "name"]


class OfferingItemViewSet(WithoutChooser, SnippetViewSet):
    model = OfferingItem
    icon = "list-ol"
    list_display = ["text", "offering", "position"]
    list_filter = ["offering"]
    search_fields = ["text"]
    list_export = ["offering", "position", "text"]
    ordering = ["offering", "position"]

    def get_queryset(self, request):
        return OfferingItem.objects.select_related("offering")


class ClusterCoalitionViewSet(WithoutChooser, SnippetViewSet):
    model = ClusterCoalition
    icon = "group"
    list_display = ["name"]
    search_fields = ["name"]
    list_export = ["name"]


class ProjectsViewSetGroup(SnippetViewSetGroup):
    items = (
        EsfProjectViewSet,
        EngagementViewSet,
        SupportOfferingViewSet,
        OfferingItemViewSet,
        ClusterCoalitionViewSet,
    )
    menu_icon = "doc-full"
    menu_label = _("ESF+ register")
    menu_name = "projects"


register_snippet(ProjectsViewSetGroup)
