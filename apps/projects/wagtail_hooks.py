"""The register in the Wagtail admin: projects, engagements, support offerings and coalitions.

Projects and engagements keep revisions, so Wagtail's history shows who changed what and when.
Only staff with the models' permissions reach these views (Wagtail's own permission checks).
"""

from django.utils.translation import gettext_lazy as _

from apps.core.admin.snippets import ChoosableSnippetViewSet, UnchosenSnippetViewSet, register_snippet_menu

from .models import ClusterCoalition, Engagement, EsfProject, OfferingItem, SupportOffering
from .register_columns import REGISTER_COLUMNS


class EsfProjectViewSet(ChoosableSnippetViewSet):
    model = EsfProject
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
    list_export = [*REGISTER_COLUMNS, "is_public"]
    ordering = ["-start_date"]
    inspect_view_enabled = True


class EngagementViewSet(UnchosenSnippetViewSet):
    model = Engagement
    icon = "link"
    list_display = ["project", "offering", "kind", "start_date", "end_date", "status"]
    list_filter = ["kind", "status", "offering"]
    search_fields = ["note"]
    list_export = ["project", "offering", "kind", "start_date", "end_date", "status", "note"]
    export_filename = "esf-engagements"
    ordering = ["-start_date"]


class SupportOfferingViewSet(ChoosableSnippetViewSet):
    model = SupportOffering
    icon = "list-ul"
    list_display = ["number", "name"]
    search_fields = ["name"]
    list_export = ["number", "name"]


class OfferingItemViewSet(UnchosenSnippetViewSet):
    model = OfferingItem
    icon = "list-ol"
    list_display = ["text", "offering", "position"]
    list_filter = ["offering"]
    search_fields = ["text"]
    list_export = ["offering", "position", "text"]
    ordering = ["offering", "position"]


class ClusterCoalitionViewSet(UnchosenSnippetViewSet):
    model = ClusterCoalition
    icon = "group"
    list_display = ["name"]
    search_fields = ["name"]
    list_export = ["name"]


register_snippet_menu(
    _("ESF+ register"),
    name="projects",
    icon="doc-full",
    items=(
        EsfProjectViewSet,
        EngagementViewSet,
        SupportOfferingViewSet,
        OfferingItemViewSet,
        ClusterCoalitionViewSet,
    ),
)
