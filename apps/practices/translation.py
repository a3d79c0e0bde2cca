from modeltranslation.translator import TranslationOptions, register

from .models import (
    Approach,
    CountryPage,
    PracticeIndexPage,
    PracticePage,
    ProcessElement,
    SupportArea,
    TargetGroup,
    Theme,
)


@register(ProcessElement)
@register(Approach)
@register(SupportArea)
@register(Theme)
@register(TargetGroup)
class TaxonomyTranslation(TranslationOptions):
    fields = ("name",)


@register(PracticeIndexPage)
@register(CountryPage)
class IntroTranslation(TranslationOptions):
    fields = ("intro",)


@register(PracticePage)
class PracticePageTranslation(TranslationOptions):
    fields = ("summary", "body", "body_text", "success_factors", "pitfalls", "lessons", "links", "contact")
    required_languages = ()
