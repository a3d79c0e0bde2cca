from modeltranslation.translator import TranslationOptions, register

from .models import Activity, ActivityIndexPage


@register(Activity)
class ActivityTranslation(TranslationOptions):
    fields = ("title", "description")


@register(ActivityIndexPage)
class ActivityIndexPageTranslation(TranslationOptions):
    fields = ("intro",)
