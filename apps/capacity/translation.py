from modeltranslation.translator import TranslationOptions, register

from .models import HubItem, KnowledgeHubPage, ThematicArea, ThematicSelection


@register(ThematicSelection)
class ThematicSelectionTranslation(TranslationOptions):
    fields = ("process",)


@register(ThematicArea)
class ThematicAreaTranslation(TranslationOptions):
    fields = ("note",)


@register(HubItem)
class HubItemTranslation(TranslationOptions):
    fields = ("title", "description")


@register(KnowledgeHubPage)
class KnowledgeHubPageTranslation(TranslationOptions):
    fields = ("intro",)
