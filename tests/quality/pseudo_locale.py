"""A pseudo-language: English whose every message is written in full-width letters.

The catalogue is built at test time from the messages the portal's pages can show: the portal's
own (the msgids of its catalogues, which makemessages writes) and those of Django and of every
installed app (their English catalogues list every msgid). Each translation is the msgid with its
letters made full-width ("Search" → "Ｓｅａｒｃｈ"), keeping what a program reads intact:
placeholders (`%(name)s`, `%s`, `{name}`), HTML tags and entities. A page rendered with it shows
every message's letters full-width, while content from the database keeps ordinary letters; an
ordinary letter that is not content is a string that never went through gettext.

Full-width letters never occur in the portal's content, and survive the filters a template
applies to a message (`upper`, `capfirst`, `title`, truncation), where a pair of markers around
a message would be cut in two by truncation or by the HTML inside a message.
"""

import re
from contextlib import contextmanager
from pathlib import Path

import polib

from django.apps import apps
from django.conf import settings

# The language whose pages are rendered with the pseudo catalogue: the default one, whose
# addresses and content every other language falls back to.
PSEUDO_LANGUAGE = "en"

# Messages that are never shown as text: the words of addresses must stay those of English,
# or the inventory's paths would not resolve.
UNTRANSFORMED_CONTEXTS = {"URL segment"}

# What a program reads in a message: printf and brace placeholders, HTML tags and entities.
_KEPT = re.compile(
    r"%(?:\([^)]*\))?[-#0+]*\d*(?:\.\d+)?[sdifrxXeEgGcu%]"
    r"|\{[^{}\s]*\}"
    r"|<[^<>]*>"
    r"|&(?:#\d+|#x[0-9a-fA-F]+|\w+);"
)
# Names of settings Django reads through gettext ("DATE_FORMAT" and the like), not text.
_SETTING_NAME = re.compile(r"^[A-Z][A-Z_]+$")
_FULL_WIDTH_OFFSET = 0xFF21 - ord("A")


def _full_width(text: str) -> str:
    return "".join(chr(ord(c) + _FULL_WIDTH_OFFSET) if c.isascii() and c.isalpha() else c for c in text)


def pseudo(message: str) -> str:
    """The message with its letters full-width, its placeholders, tags and entities untouched."""
    if _SETTING_NAME.match(message):
        return message
    out, position = [], 0
    for kept in _KEPT.finditer(message):
        out.append(_full_width(message[position : kept.start()]))
        out.append(kept.group())
        position = kept.end()
    out.append(_full_width(message[position:]))
    return "".join(out)


def is_pseudo(char: str) -> bool:
    """Whether a character is a letter of a message (full-width Latin)."""
    return "\uff21" <= char <= "\uff3a" or "\uff41" <= char <= "\uff5a"


def _portal_catalogues() -> list[Path]:
    """The portal's catalogues, whose msgids are its source strings."""
    return sorted(
        Path(p) for folder in settings.LOCALE_PATHS for p in Path(folder).glob("*/LC_MESSAGES/django.po")
    )


def _english_catalogues() -> list[Path]:
    """The English catalogues of Django and the installed apps (Wagtail's among them)."""
    import django

    folders = [Path(django.__file__).parent / "conf" / "locale"]
    folders += [Path(config.path) / "locale" for config in apps.get_app_configs()]
    return [
        folder / "en" / "LC_MESSAGES" / "django.po"
        for folder in folders
        if (folder / "en" / "LC_MESSAGES" / "django.po").is_file()
    ]


def source_messages() -> dict[tuple[str | None, str], str | None]:
    """Every message a page may show: {(context, msgid): msgid_plural or None}."""
    messages: dict[tuple[str | None, str], str | None] = {}
    for path in [*_english_catalogues(), *_portal_catalogues()]:
        for entry in polib.pofile(str(path)):
            if entry.obsolete or not entry.msgid:
                continue
            key = (entry.msgctxt, entry.msgid)
            messages[key] = messages.get(key) or entry.msgid_plural or None
    return messages


def build_catalogue(folder: Path) -> Path:
    """Write the pseudo catalogue as `<folder>/en/LC_MESSAGES/django.mo`; return the locale folder."""
    catalogue = polib.POFile()
    catalogue.metadata = {
        "Content-Type": "text/plain; charset=UTF-8",
        "Content-Transfer-Encoding": "8bit",
        "Language": PSEUDO_LANGUAGE,
        "Plural-Forms": "nplurals=2; plural=(n != 1);",
    }
    for (context, msgid), plural in source_messages().items():
        transform = (lambda text: text) if context in UNTRANSFORMED_CONTEXTS else pseudo
        entry = polib.POEntry(msgctxt=context, msgid=msgid)
        if plural:
            entry.msgid_plural = plural
            entry.msgstr_plural = {0: transform(msgid), 1: transform(plural)}
        else:
            entry.msgstr = transform(msgid)
        catalogue.append(entry)
    target = folder / PSEUDO_LANGUAGE / "LC_MESSAGES"
    target.mkdir(parents=True, exist_ok=True)
    catalogue.save_as_mofile(str(target / "django.mo"))
    return folder


@contextmanager
def pseudo_english(settings_fixture, folder: Path):
    """English pages rendered with the pseudo catalogue, for as long as the block lasts.

    The catalogue's folder goes first in LOCALE_PATHS, where it outranks every app's; changing
    the setting makes Django drop the translations it has loaded (django.test.signals).
    """
    build_catalogue(folder)
    original = list(settings.LOCALE_PATHS)
    settings_fixture.LOCALE_PATHS = [str(folder), *original]
    try:
        yield
    finally:
        settings_fixture.LOCALE_PATHS = original
