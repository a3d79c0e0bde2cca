"""Admin panels shared by the apps' snippets."""

from django.conf import settings

from wagtail.admin.panels import FieldPanel, ObjectList

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def language_tabs(*fields: str) -> list[ObjectList]:
    """One admin tab per language holding that language's column of each translated field."""
    return [
        ObjectList([FieldPanel(f"{field}_{code}") for field in fields], heading=LANGUAGE_NAMES[code])
        for code, _name in settings.LANGUAGES
    ]
