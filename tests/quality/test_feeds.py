"""Every feed of the portal, read by parsers nobody on the project wrote.

The iCalendar feeds (the events in each language, for every country and each country alone) are
read by icalendar and by vobject, and held to RFC 5545: VERSION and PRODID, at least one
component (3.6), every event with UID, DTSTAMP and DTSTART, and a VTIMEZONE for every TZID used
(3.2.19). The Atom feeds are read with an XML parser and held to RFC 4287's MUSTs: the feed's id,
title and updated; an author on the feed or on every entry; each entry's id, title, updated and
link. Feeds are found from the URL patterns, so a new one is checked or this test names it.
"""

import io
from datetime import datetime
from urllib.parse import urlparse
from xml.etree import ElementTree

import icalendar
import pytest
import vobject

from django.conf import settings
from django.contrib.syndication.views import Feed
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.utils import translation

from apps.activities.views import calendar_feed
from apps.core.i18n import LANGUAGE_CODES
from apps.vocabulary.models import COUNTRIES
from tests.activities.factories import ActivityFactory
from tests.practices.factories import PracticePageFactory

pytestmark = pytest.mark.django_db

ATOM = "{http://www.w3.org/2005/Atom}"

# Every feed route, by its URL name, with the arguments that reach each of its variants.
ICALENDAR_FEEDS = {
    "activities:calendar": [{}],
    "activities:country_calendar": [{"country": code.lower()} for code, _name in COUNTRIES],
}
ATOM_FEEDS = {"practice_feed": [{}]}


def feed_routes() -> set[str]:
    """The URL names of every route served by a feed view (iCalendar or a syndication Feed)."""
    names = set()

    def walk(patterns, namespace=""):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                walk(pattern.url_patterns, inner)
            elif isinstance(pattern, URLPattern) and (
                pattern.callback is calendar_feed or isinstance(pattern.callback, Feed)
            ):
                names.add(f"{namespace}{pattern.name}")

    walk(get_resolver().url_patterns)
    return names


def feed_urls(routes: dict) -> list[str]:
    urls = []
    for language in LANGUAGE_CODES:
        with translation.override(language):
            for name, variants in routes.items():
                urls += [reverse(name, kwargs=kwargs) for kwargs in variants]
    return urls


def icalendar_problems(url: str, body: bytes) -> list[str]:
    """What RFC 5545 or either parser finds wrong with a feed, each naming the feed."""
    problems = []
    try:
        calendar = icalendar.Calendar.from_ical(body)
    except ValueError as error:
        return [f"{url}: icalendar cannot read it: {error}"]
    try:
        vcalendar = vobject.readOne(io.StringIO(body.decode("utf-8")))
    except Exception as error:  # noqa: BLE001 - any refusal of the second parser is the finding
        return [f"{url}: vobject cannot read it: {error}"]
    if calendar.name != "VCALENDAR" or vcalendar.name != "VCALENDAR":
        problems.append(f"{url}: not a VCALENDAR")
    for name in ("VERSION", "PRODID"):
        if name not in calendar:
            problems.append(f"{url}: no {name}")
    if str(calendar.get("VERSION")) != "2.0":
        problems.append(f"{url}: VERSION is {calendar.get('VERSION')}")
    if not calendar.subcomponents:
        problems.append(f"{url}: a VCALENDAR with no component (RFC 5545, 3.6)")
    if len(list(vcalendar.components())) != len(calendar.subcomponents):
        problems.append(f"{url}: the parsers count different components")
    zones = {str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")}
    for event in calendar.walk("VEVENT"):
        for name in ("UID", "DTSTAMP", "DTSTART", "SUMMARY"):
            if name not in event:
                problems.append(f"{url}: event {event.get('UID')} has no {name}")
        for name in ("DTSTART", "DTEND"):
            tzid = event[name].params.get("TZID") if name in event else None
            if tzid and tzid not in zones:
                problems.append(f"{url}: {name} in {tzid}, which has no VTIMEZONE")
    return problems


def all_icalendar_problems(client) -> tuple[list[str], dict[str, icalendar.Calendar]]:
    problems, calendars = [], {}
    for url in feed_urls(ICALENDAR_FEEDS):
        response = client.get(url)
        if response.status_code != 200 or not response["Content-Type"].startswith("text/calendar"):
            problems.append(f"{url}: answers {response.status_code} {response['Content-Type']}")
            continue
        found = icalendar_problems(url, response.content)
        problems += found
        if not found:
            calendars[url] = icalendar.Calendar.from_ical(response.content)
    return problems, calendars


def test_every_feed_route_is_checked_here():
    assert feed_routes() == set(ICALENDAR_FEEDS) | set(ATOM_FEEDS)


def test_the_icalendar_feeds_of_the_real_content_are_valid_calendars(client):
    """The real content has no dated event: each feed carries the time zone its events would use."""
    problems, calendars = all_icalendar_problems(client)
    assert not problems, "\n".join(problems)
    assert len(calendars) == len(LANGUAGE_CODES) * (1 + len(COUNTRIES))
    assert not any(calendar.walk("VEVENT") for calendar in calendars.values())
    zones = {
        url: [str(zone["TZID"]) for zone in calendar.walk("VTIMEZONE")] for url, calendar in calendars.items()
    }
    assert zones["/lv/pasakumi/kalendars-lv.ics"] == ["Europe/Riga"]
    assert zones["/en/events/calendar-es.ics"] == ["Europe/Madrid"]
    assert zones["/fr/evenements/calendrier.ics"] == [settings.TIME_ZONE]


def test_the_icalendar_feeds_with_dated_events_are_valid_calendars(client):
    riga = ActivityFactory(title="Workshop in Riga")
    paris = ActivityFactory(country="FR", time_zone="Europe/Paris", venue="Maison des associations")
    problems, calendars = all_icalendar_problems(client)
    assert not problems, "\n".join(problems)
    events = {str(event["UID"]) for event in calendars["/sv/evenemang/kalender.ics"].walk("VEVENT")}
    assert events == {f"{riga.uid}@buicasus", f"{paris.uid}@buicasus"}
    # A country without an event still has its zone; one with events has theirs.
    assert not calendars["/es/eventos/calendario-es.ics"].walk("VEVENT")
    assert [str(zone["TZID"]) for zone in calendars["/lv/pasakumi/kalendars-lv.ics"].walk("VTIMEZONE")] == [
        "Europe/Riga"
    ]


def rfc3339(value: str | None) -> bool:
    try:
        return value is not None and datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


def iri(value: str | None) -> bool:
    return bool(value) and bool(urlparse(value.strip()).scheme)


def atom_problems(url: str, body: bytes) -> list[str]:
    """RFC 4287's MUSTs for a feed and its entries, each problem naming the feed and the entry."""
    try:
        feed = ElementTree.fromstring(body)  # noqa: S314 - the portal's own feed
    except ElementTree.ParseError as error:
        return [f"{url}: not XML: {error}"]
    if feed.tag != f"{ATOM}feed":
        return [f"{url}: the root is {feed.tag}, not atom:feed"]
    problems = []
    if not iri(feed.findtext(f"{ATOM}id")):
        problems.append(f"{url}: the feed's atom:id is no IRI")
    if not (feed.findtext(f"{ATOM}title") or "").strip():
        problems.append(f"{url}: the feed has no atom:title")
    if not rfc3339(feed.findtext(f"{ATOM}updated")):
        problems.append(f"{url}: the feed's atom:updated is no date-time")
    feed_author = bool((feed.findtext(f"{ATOM}author/{ATOM}name") or "").strip())
    for entry in feed.iterfind(f"{ATOM}entry"):
        name = entry.findtext(f"{ATOM}id") or entry.findtext(f"{ATOM}title") or "?"
        if not iri(entry.findtext(f"{ATOM}id")):
            problems.append(f"{url}: entry {name}: atom:id is no IRI")
        if not (entry.findtext(f"{ATOM}title") or "").strip():
            problems.append(f"{url}: entry {name}: no atom:title")
        if not rfc3339(entry.findtext(f"{ATOM}updated")):
            problems.append(f"{url}: entry {name}: no atom:updated date-time (RFC 4287, 4.1.2)")
        if not feed_author and not (entry.findtext(f"{ATOM}author/{ATOM}name") or "").strip():
            problems.append(f"{url}: entry {name}: no atom:author, and none on the feed (4.1.1)")
        links = [
            link for link in entry.iterfind(f"{ATOM}link") if link.get("rel", "alternate") == "alternate"
        ]
        if not links or not iri(links[0].get("href")):
            problems.append(f"{url}: entry {name}: no alternate link")
    if feed_author and not iri(feed.findtext(f"{ATOM}author/{ATOM}uri") or "x:"):
        problems.append(f"{url}: the author's atom:uri is no IRI")
    return problems


def test_the_atom_feeds_follow_rfc_4287(client):
    PracticePageFactory(title="Harbour kitchen")
    PracticePageFactory(
        title="Kopienas darbnīca",
        original_language="lv",
        **{f"summary_{code}": "" for code in LANGUAGE_CODES if code != "lv"},
        summary_lv="Kopienas darbnīca apkaimē.",
    )
    problems, entries = [], 0
    for url in feed_urls(ATOM_FEEDS):
        response = client.get(url)
        assert response.status_code == 200, url
        assert response["Content-Type"].startswith("application/atom+xml"), url
        problems += atom_problems(url, response.content)
        entries += len(ElementTree.fromstring(response.content).findall(f"{ATOM}entry"))  # noqa: S314
    assert not problems, "\n".join(problems)
    assert entries >= 2 * len(LANGUAGE_CODES)


def test_the_atom_feed_names_the_centre_as_its_author(client):
    with translation.override("fr"):
        url = reverse("practice_feed")
    feed = ElementTree.fromstring(client.get(url).content)  # noqa: S314
    assert feed.findtext(f"{ATOM}author/{ATOM}name") == "Centre de compétences pour l'innovation sociale"
    assert feed.findtext(f"{ATOM}author/{ATOM}uri") == "http://testserver/fr/"
