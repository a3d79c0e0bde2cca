from apps.core.translated_fields import register_translations

from .models import HubItem, KnowledgeHubPage, ThematicArea, ThematicSelection

register_translations(
    {
        ThematicSelection: ("process",),
        ThematicArea: ("note",),
        HubItem: ("title", "description"),
        KnowledgeHubPage: ("intro",),
    }
)
