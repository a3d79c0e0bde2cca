"""Admin panels shared by the apps' snippets."""

from django.conf import settings
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel, ObjectList, TabbedInterface

from apps.core.i18n import LANGUAGE_CODES, localized_field

LANGUAGE_NAMES = dict(settings.LANGUAGES)


def language_tabs(*fields: str) -> list[ObjectList]:
    """One admin tab per language holding that language's column of each translated field."""
    return [
        ObjectList(
            [FieldPanel(localized_field(field, code)) for field in fields], heading=LANGUAGE_NAMES[code]
        )
        for code in LANGUAGE_CODES
    ]


OPEN_FACT_HELP = _(
    "Leave it empty while the sources do not give it: readers then see “To be announced”, never a guess."
)


def open_fact(field: str, **kwargs) -> FieldPanel:
    """A field for a fact the sources may not give yet; the form tells staff why it may stay empty."""
    return FieldPanel(field, help_text=OPEN_FACT_HELP, **kwargs)


def tabbed_by_language(heading, panels: list, *translated: str, more: tuple = ()) -> TabbedInterface:
    """The snippets' one editing layout: a tab of facts, then a tab per language, then any `more` tabs."""
    return TabbedInterface([ObjectList(panels, heading=heading), *language_tabs(*translated), *more])
