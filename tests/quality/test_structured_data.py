"""schema.org JSON-LD on the portal's pages: each block has what Google requires for its type, or is
not there.

Every page type of the real content (one page of each Wagtail page model) and every public event
(the real, undated final conference, and dated events in person, online, mixed and with a place
not yet named) is fetched in the five languages; every `application/ld+json` block is parsed and
checked by its @type. Google's Event (developers.google.com/search/docs/appearance/structured-data/
event): `name`, `startDate` and `location` are required; a Place needs its `address` (and here its
`name`, the venue), a VirtualLocation its `url`; the attendance mode agrees with the locations. A
type this test has no rules for fails too, so a new kind of block gets its rules here.
"""

import json
from datetime import datetime

import pytest

from django.contrib.contenttypes.models import ContentType
from django.utils import translation

from wagtail.models import Page

from apps.activities.models import Activity, ActivityIndexPage
from apps.core.i18n import LANGUAGE_CODES
from tests.activities.factories import ActivityFactory
from tests.helpers import html_of

pytestmark = pytest.mark.django_db

SCHEMA = "https://schema.org/"
STATUSES = {
    f"{SCHEMA}{name}" for name in ("EventScheduled", "EventPostponed", "EventCancelled", "EventMovedOnline")
}
MODES = {
    f"{SCHEMA}OfflineEventAttendanceMode": {"Place"},
    f"{SCHEMA}OnlineEventAttendanceMode": {"VirtualLocation"},
    f"{SCHEMA}MixedEventAttendanceMode": {"Place", "VirtualLocation"},
}


def zoned(value) -> bool:
    """An ISO 8601 date-time with its UTC offset, as Google asks for an event's times."""
    try:
        return isinstance(value, str) and datetime.fromisoformat(value).tzinfo is not None
    except ValueError:
        return False


def event_problems(data: dict) -> list[str]:
    problems = []
    if not str(data.get("name", "")).strip():
        problems.append("no name")
    if not zoned(data.get("startDate")):
        problems.append(f"startDate {data.get('startDate')!r} is no date-time with an offset")
    if "endDate" in data and not (
        zoned(data["endDate"]) and zoned(data.get("startDate")) and data["endDate"] >= data["startDate"]
    ):
        problems.append(f"endDate {data['endDate']!r} is no date-time after the start")
    locations = data.get("location")
    locations = locations if isinstance(locations, list) else [locations] if locations else []
    if not locations:
        problems.append("no location")
    for location in locations:
        kind = location.get("@type")
        if kind == "Place":
            if not str(location.get("name", "")).strip():
                problems.append("a Place without its name (the venue)")
            address = location.get("address")
            if not isinstance(address, dict) or address.get("@type") != "PostalAddress":
                problems.append(f"a Place whose address is no PostalAddress: {address!r}")
            elif not set(address) - {"@type"}:
                problems.append("an empty PostalAddress")
        elif kind == "VirtualLocation":
            if not str(location.get("url", "")).startswith(("https://", "http://")):
                problems.append("a VirtualLocation without its url")
        else:
            problems.append(f"a location of type {kind!r}")
    if "eventStatus" in data and data["eventStatus"] not in STATUSES:
        problems.append(f"eventStatus {data['eventStatus']!r}")
    mode = data.get("eventAttendanceMode")
    if mode is not None and MODES.get(mode) != {location.get("@type") for location in locations}:
        problems.append(
            f"eventAttendanceMode {mode} with locations {[loc.get('@type') for loc in locations]}"
        )
    return problems


RULES = {"Event": event_problems}


def json_ld_problems(label: str, response) -> tuple[list[str], list[dict]]:
    """Each block's problems, named by the page, and the blocks themselves."""
    problems, blocks = [], []
    for script in html_of(response).select('script[type="application/ld+json"]'):
        try:
            data = json.loads(script.string or "")
        except json.JSONDecodeError as error:
            problems.append(f"{label}: JSON-LD that is no JSON: {error}")
            continue
        blocks.append(data)
        if data.get("@context") not in ("https://schema.org", "https://schema.org/"):
            problems.append(f"{label}: @context {data.get('@context')!r}")
        rules = RULES.get(data.get("@type"))
        if rules is None:
            problems.append(
                f"{label}: a JSON-LD block of type {data.get('@type')!r}, which has no rules here"
            )
            continue
        problems += [f"{label}: {data['@type']}: {problem}" for problem in rules(data)]
    return problems, blocks


def page_urls() -> dict[str, str]:
    """One live public page of every page model, and every public event, in every language."""
    pages = []
    for content_type in ContentType.objects.filter(
        pk__in=Page.objects.live().public().exclude(depth=1).values("content_type")
    ):
        pages.append(Page.objects.live().public().filter(content_type=content_type).first().specific)
    index = ActivityIndexPage.objects.live().get()
    urls = {}
    for language in LANGUAGE_CODES:
        with translation.override(language):
            for page in pages:
                urls[f"{type(page).__name__} ({language})"] = page.get_url()
            for activity in Activity.objects.filter(is_public=True):
                urls[f"event {activity.slug} ({language})"] = f"{index.get_url()}{activity.slug}/"
    return urls


def test_every_json_ld_block_has_what_google_requires_for_its_type(client):
    dated = ActivityFactory(slug="dated-in-person", address="Pils iela 21, Rīga")
    ActivityFactory(slug="dated-mixed", online_url="https://meet.example.org/mixed")
    ActivityFactory(slug="dated-online", venue="", address="", online_url="https://meet.example.org/online")
    ActivityFactory(slug="dated-venue-and-country", address="", country="SE", time_zone="Europe/Stockholm")
    # In person, its place not named yet: only the country is known.
    ActivityFactory(slug="dated-country-only", venue="", address="", country="ES", time_zone="Europe/Madrid")
    ActivityFactory(slug="dated-cancelled", status=Activity.Status.CANCELLED)
    problems, emitted = [], {}
    for label, url in page_urls().items():
        response = client.get(url)
        assert response.status_code == 200, label
        found, blocks = json_ld_problems(label, response)
        problems += found
        emitted[label] = blocks
    assert not problems, "\n".join(problems)

    for language in LANGUAGE_CODES:
        # The final conference has no date, the other no named place: neither is described.
        assert emitted[f"event final-conference ({language})"] == []
        assert emitted[f"event dated-country-only ({language})"] == []
        for slug in (
            "dated-in-person",
            "dated-mixed",
            "dated-online",
            "dated-venue-and-country",
            "dated-cancelled",
        ):
            assert [block["@type"] for block in emitted[f"event {slug} ({language})"]] == ["Event"], slug
    place = emitted["event dated-in-person (sv)"][0]["location"]
    assert place == {
        "@type": "Place",
        "name": dated.venue,
        "address": {"@type": "PostalAddress", "streetAddress": "Pils iela 21, Rīga", "addressCountry": "LV"},
    }
    country_only = emitted["event dated-venue-and-country (en)"][0]["location"]
    assert country_only["address"] == {"@type": "PostalAddress", "addressCountry": "SE"}
    assert (
        emitted["event dated-online (fr)"][0]["eventAttendanceMode"] == f"{SCHEMA}OnlineEventAttendanceMode"
    )
