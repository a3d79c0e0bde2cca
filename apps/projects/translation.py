from modeltranslation.translator import TranslationOptions, register

from .models import EsfRegisterPage, SupportOffering


@register(SupportOffering)
class SupportOfferingTranslation(TranslationOptions):
    fields = ("name",)


@register(EsfRegisterPage)
class EsfRegisterPageTranslation(TranslationOptions):
    fields = ("intro",)
