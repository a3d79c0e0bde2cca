"""Times as the people of a place read them: in that place's time zone, which is named.

A time shown to a person (an e-mail, a page, the staff's dashboard) is the clock where the
event takes place, followed by the zone's name in the reader's language from the Unicode CLDR
through Babel ("Latvia Time", "Laika josla: Latvija", "heure : Lettonie"), never an identifier
such as Europe/Riga. A file for machines (CSV, XLSX) writes ISO 8601 with the zone's offset,
2026-03-05T21:00:00+02:00, so a program reads the same instant whatever its own zone.

The templates reach these through the `zoned_time` tag library.
"""

import zoneinfo
from datetime import datetime
from functools import lru_cache

from babel import Locale, UnknownLocaleError
from babel.dates import get_timezone_location

from django.conf import settings
from django.utils import formats, translation

UTC = zoneinfo.ZoneInfo("UTC")


def zone_of(name: str) -> zoneinfo.ZoneInfo:
    """The zone called name; UTC for a name that is no zone (events validate theirs)."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (ValueError, zoneinfo.ZoneInfoNotFoundError):
        return UTC


def _reader_language(language: str | None) -> str:
    return (language or translation.get_language() or settings.LANGUAGE_CODE).split("-")[0]


@lru_cache(maxsize=256)
def _zone_label(zone_name: str, language: str) -> str:
    try:
        locale = Locale.parse(translation.to_locale(language))
    except (ValueError, UnknownLocaleError):
        locale = Locale.parse("en")
    return get_timezone_location(zone_of(zone_name), locale=locale)


def zone_label(zone_name: str, language: str | None = None) -> str:
    """The zone's name in the reader's language (the active one unless given).

    CLDR's generic location format: a country's own zone by the country ("Latvia Time"), a
    zone of a country with several by its city too ("Spain (Madrid) Time"). It names the
    zone without choosing between summer and winter time, which a reader need not know.
    """
    return _zone_label(zone_name, _reader_language(language))


def in_zone(value: datetime, zone_name: str) -> datetime:
    """The instant value as the clock reads in zone_name."""
    return value.astimezone(zone_of(zone_name))


def _date_and_clock(local: datetime) -> str:
    # The date in the reader's format, the clock on 24 hours as the event pages show it.
    return f"{formats.date_format(local, 'DATE_FORMAT')}, {local.strftime('%H:%M')}"


def local_text(value: datetime | None, zone_name: str, language: str | None = None) -> str:
    """`5 March 2026, 21:00 (Latvia Time)`: a time for a person, with its zone named."""
    if value is None:
        return ""
    with translation.override(_reader_language(language)):
        return f"{_date_and_clock(in_zone(value, zone_name))} ({zone_label(zone_name)})"


def local_span_text(
    start: datetime | None, end: datetime | None, zone_name: str, language: str | None = None
) -> str:
    """`12 May 2030, 10:00 – 16:30 (Latvia Time)`; the end's date is written when it differs."""
    if start is None:
        return ""
    if end is None:
        return local_text(start, zone_name, language)
    with translation.override(_reader_language(language)):
        first, last = in_zone(start, zone_name), in_zone(end, zone_name)
        until = last.strftime("%H:%M") if last.date() == first.date() else _date_and_clock(last)
        return f"{_date_and_clock(first)} – {until} ({zone_label(zone_name)})"


def local_iso(value: datetime | None, zone_name: str) -> str:
    """`2026-03-05T21:00:00+02:00`: for files read by programs; empty for no time."""
    if value is None:
        return ""
    return in_zone(value, zone_name).isoformat(timespec="seconds")
