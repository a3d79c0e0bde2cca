from modeltranslation.translator import TranslationOptions, register

from .models import CountryPage, PracticeIndexPage, PracticePage


@register(PracticeIndexPage)
@register(CountryPage)
class IntroTranslation(TranslationOptions):
    fields = ("intro",)


@register(PracticePage)
class PracticePageTranslation(TranslationOptions):
    fields = ("summary", "body", "body_text", "success_factors", "pitfalls", "lessons", "links", "contact")
    required_languages = ()
