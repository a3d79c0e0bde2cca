from apps.core.translated_fields import register_translations, translated

from .models import CountryPage, PracticeIndexPage, PracticePage, ValidationCriterion

register_translations(
    {
        PracticeIndexPage: ("intro",),
        CountryPage: ("intro",),
        PracticePage: translated(
            "summary",
            "body",
            "body_text",
            "success_factors",
            "pitfalls",
            "lessons",
            "links",
            "contact",
            required_languages=(),
        ),
        ValidationCriterion: ("name", "description"),
    }
)
