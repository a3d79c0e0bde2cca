"""WP4 in the Wagtail admin, for staff: thematic areas per country and the knowledge hub's items.

Both keep revisions, so their history shows every change with who and when and compares two
versions field by field; listings have filters, search and CSV export.
"""

from django.utils.translation import gettext_lazy as _

from apps.core.admin.snippets import UnchosenSnippetViewSet, register_snippet_menu
from apps.core.i18n import fields_of

from .models import HubItem, ThematicSelection


class ThematicSelectionViewSet(UnchosenSnippetViewSet):
    model = ThematicSelection
    icon = "tag"
    list_display = ["__str__", "decided_on", "is_public"]
    list_filter = ["country", "is_public"]
    search_fields = ["process"]
    list_export = ["country", "decided_on", "is_public", "process"]
    export_filename = "thematic-areas"


class HubItemViewSet(UnchosenSnippetViewSet):
    model = HubItem
    icon = "doc-full"
    list_display = ["title", "kind", "support_area", "element", "language", "country", "is_public"]
    list_filter = ["kind", "support_area", "element", "language", "country", "is_public"]
    # Every language's title and description: staff find a tool by its Swedish name from an
    # English admin.
    search_fields = [*fields_of("title"), *fields_of("description")]
    list_export = [
        "title",
        "kind",
        "support_area",
        "element",
        "language",
        "country",
        "link",
        "is_public",
        "description",
    ]
    export_filename = "knowledge-hub"


register_snippet_menu(
    _("Capacity building"),
    name="capacity-building",
    icon="group",
    items=(ThematicSelectionViewSet, HubItemViewSet),
)
