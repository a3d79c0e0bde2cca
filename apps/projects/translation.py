from modeltranslation.translator import TranslationOptions, register

from .models import EsfRegisterPage, OfferingItem, SupportOffering


@register(SupportOffering)
class SupportOfferingTranslation(TranslationOptions):
    fields = ("name",)


@register(OfferingItem)
class OfferingItemTranslation(TranslationOptions):
    fields = ("text",)


@register(EsfRegisterPage)
class EsfRegisterPageTranslation(TranslationOptions):
    fields = ("intro",)
