"""The language of an API answer, and which language each translated field is really given in.

A client asks with `?lang=sv` or `Accept-Language: sv`; without either the answer is in English.
A translated field comes in that language when it has a text in it; otherwise in the record's own
language where it has one (a case written in Latvian), else in English, else in any language
that has a text: the record's `field_languages` then names the language each field is in and
`fallback` is true, as the pages label a text shown in another language.
"""

from collections.abc import Iterable

from django.conf import settings
from django.utils import translation
from django.utils.translation.trans_real import parse_accept_lang_header

from apps.core.i18n import LANGUAGE_CODES, field_in

DEFAULT_LANGUAGE = settings.LANGUAGE_CODE


def api_language(request) -> str:
    """`?lang=` when it names a language of the portal, else the best of Accept-Language, else English."""
    asked = request.GET.get("lang", "").strip().lower()
    if asked in LANGUAGE_CODES:
        return asked
    for code, _quality in parse_accept_lang_header(request.META.get("HTTP_ACCEPT_LANGUAGE", "")):
        try:
            return translation.get_supported_language_variant(code)
        except LookupError:
            continue
    return DEFAULT_LANGUAGE


def fallback_order(language: str, own: str | None = None) -> list[str]:
    """The languages a translated field is looked for in: the asked, the record's own, English, the rest."""
    order = [language, own, DEFAULT_LANGUAGE, *LANGUAGE_CODES]
    return [code for code in dict.fromkeys(order) if code]


def translated_value(values: dict[str, object], language: str, own: str | None = None) -> tuple[object, str]:
    """(value, language it is in) of a field given by language code, by the fallback order."""
    for code in fallback_order(language, own):
        if values.get(code):
            return values[code], code
    return values.get(language) or "", language


def translated_fields(
    obj, names: Iterable[str], language: str, *, own: str | None = None, values=None
) -> dict[str, object]:
    """The translated fields of obj in language, with the languages they are really in.

    values(name) gives a field's values by language code (from a row of plain values, say);
    by default they are read from obj's columns. The result holds each field, `language` (the
    language asked for, which every field is in unless `fallback`), `fallback`,
    `field_languages` and `available_languages` (those in which the first field has a text).
    """
    names = list(names)
    read = values or (lambda name: {code: field_in(obj, name, code) for code in LANGUAGE_CODES})
    result: dict[str, object] = {}
    languages: dict[str, str] = {}
    first: dict[str, object] = {}
    for position, name in enumerate(names):
        by_language = read(name)
        if position == 0:
            first = by_language
        value, code = translated_value(by_language, language, own)
        result[name] = value
        languages[name] = code
    result["language"] = language
    result["fallback"] = any(code != language for code in languages.values())
    result["field_languages"] = languages
    result["available_languages"] = [code for code in LANGUAGE_CODES if first.get(code)]
    return result


def urls_in_every_language(url_in) -> dict[str, str]:
    """{code: url_in(code)} for every language, each computed with that language active."""
    urls = {}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            urls[code] = url_in(code)
    return urls
