from modeltranslation.translator import TranslationOptions, register

from .models import Criterion, MappingCountryPage, MappingIndexPage


@register(Criterion)
class CriterionTranslation(TranslationOptions):
    fields = ("name", "guidance_1", "guidance_2", "guidance_3", "guidance_4", "guidance_5")


@register(MappingIndexPage)
@register(MappingCountryPage)
class IntroTranslation(TranslationOptions):
    fields = ("intro",)
