"""The portal's languages: their codes, their names, and a translated field's column in each.

A translated field `title` has one column per language (`title_sv`, `title_en`, …), named by
modeltranslation; these helpers name and read them through modeltranslation's own
`build_localized_fieldname`, so no code spells `f"{field}_{code}"` by hand.
"""

from collections.abc import Mapping

from modeltranslation.utils import build_localized_fieldname

from django.conf import settings
from django.utils import translation

# The languages in the order of settings.LANGUAGES (the order of the language switcher).
LANGUAGE_CODES = tuple(code for code, _name in settings.LANGUAGES)


def language_in_text(code: str) -> str:
    """A language's name in the active language, as written inside a sentence.

    Swedish, Latvian, Spanish and French write a language's name in lower case ("på svenska",
    "en sueco", "en suédois", "zviedru"); English capitalises it.
    """
    name = str(dict(settings.LANGUAGES).get(code, code))
    active = (translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]
    return name if active == "en" else name.lower()


def localized_field(name: str, code: str) -> str:
    """The column of translated field name in language code: ("title", "sv") -> "title_sv"."""
    return build_localized_fieldname(name, code)


def fields_of(name: str) -> list[str]:
    """Every language's column of translated field name, in the order of LANGUAGE_CODES."""
    return [localized_field(name, code) for code in LANGUAGE_CODES]


def field_in(obj, name: str, code: str):
    """The value of translated field name in language code on obj, as stored (no fallback)."""
    return getattr(obj, localized_field(name, code))


def values_of(obj, name: str) -> dict[str, object]:
    """Translated field name of obj in every language, by language code."""
    return {code: field_in(obj, name, code) for code in LANGUAGE_CODES}


def localized_values(name: str, values: Mapping[str, object]) -> dict[str, object]:
    """Column values of field name from values by language code: {"title_sv": values["sv"], …}."""
    return {localized_field(name, code): values[code] for code in LANGUAGE_CODES}


def fan_out(name: str, value) -> dict[str, object]:
    """The same value for field name and for its column in every language."""
    return {name: value, **localized_values(name, dict.fromkeys(LANGUAGE_CODES, value))}
