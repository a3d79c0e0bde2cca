"""The public calendar: the events page with its filters, and each event's page with its JSON-LD."""

import json
from datetime import datetime, timedelta

import pytest

from django.utils import timezone

from apps.activities.models import Activity
from apps.activities.selectors import PER_PAGE
from tests.activities.factories import RIGA, ActivityFactory
from tests.activities.helpers import event_url
from tests.helpers import element, html_of, text_of

pytestmark = pytest.mark.django_db


def titles(response, section):
    return [a.get_text(strip=True) for a in html_of(response).select(f"#{section} .card__title a")]


def soon(days, **kwargs):
    starts = timezone.now() + timedelta(days=days)
    return ActivityFactory(start=starts, end=starts + timedelta(hours=3), **kwargs)


def test_upcoming_and_past_events_are_listed_apart_and_private_ones_not_at_all(client):
    soon(10, title="Next workshop")
    soon(-10, title="Last workshop")
    soon(5, title="Staff meeting", is_public=False)
    response = client.get("/en/events/")
    assert response.status_code == 200
    assert "Next workshop" in titles(response, "upcoming")
    assert "Last workshop" in titles(response, "past")
    assert "Staff meeting" not in response.content.decode()
    # The final conference has no date: it is upcoming, with its date to be announced.
    assert "BuiCaSuS final conference" in titles(response, "upcoming")
    assert "Date to be announced" in text_of(response, "#upcoming")


def test_the_events_page_is_in_the_main_menu_in_each_language(client):
    html = client.get("/lv/").content.decode()
    assert [
        a["href"] for a in html_of(html).select(".main-nav a") if a.get_text(strip=True) == "Pasākumi"
    ] == ["/lv/pasakumi/"]


def test_filters_by_country_kind_and_month(client):
    ActivityFactory(title="Riga in May", country="LV", kind="workshop")
    ActivityFactory(
        title="Madrid in May",
        country="ES",
        kind="roundtable",
        time_zone="Europe/Madrid",
        start=datetime(2030, 5, 20, 9, tzinfo=RIGA),
        end=datetime(2030, 5, 20, 12, tzinfo=RIGA),
    )
    ActivityFactory(
        title="Riga in June",
        start=datetime(2030, 6, 2, 9, tzinfo=RIGA),
        end=datetime(2030, 6, 3, 17, tzinfo=RIGA),
    )
    ActivityFactory(
        title="Across April and May",
        start=datetime(2030, 4, 29, 9, tzinfo=RIGA),
        end=datetime(2030, 5, 2, 17, tzinfo=RIGA),
    )
    may = titles(client.get("/en/events/", {"month": "2030-05"}), "upcoming")
    assert sorted(may) == ["Across April and May", "Madrid in May", "Riga in May"]
    assert titles(
        client.get("/en/events/", {"month": "2030-05", "country": "LV", "kind": "workshop"}), "upcoming"
    ) == [
        "Across April and May",
        "Riga in May",
    ]
    assert titles(client.get("/en/events/", {"country": "ES"}), "upcoming") == ["Madrid in May"]
    # The form shows the filters as chosen.
    response = client.get("/en/events/", {"month": "2030-06", "kind": "roundtable"})
    assert element(response, "#event-month")["value"] == "2030-06"
    assert element(response, "#event-kind option[selected]")["value"] == "roundtable"


@pytest.mark.parametrize(
    "query",
    [
        {"month": "2030-13"},
        {"month": "May"},
        {"month": "99999-01"},
        {"country": "XX"},
        {"kind": "party"},
        {"page": "-3"},
        {"page": "abc"},
        {"past_page": "99999999999999999999"},
    ],
)
def test_an_invalid_filter_is_dropped_not_an_error(client, query):
    ActivityFactory(title="Still listed")
    response = client.get("/en/events/", query)
    assert response.status_code == 200
    assert "Still listed" in titles(response, "upcoming")


def test_upcoming_events_are_paginated(client):
    for day in range(PER_PAGE + 2):
        soon(day + 1, title=f"Event {day:02d}")
    first = client.get("/en/events/")
    assert len(titles(first, "upcoming")) == PER_PAGE
    second = client.get("/en/events/", {"page": 2})
    # The final conference, without a date, comes after every dated event.
    assert titles(second, "upcoming") == [
        f"Event {PER_PAGE:02d}",
        f"Event {PER_PAGE + 1:02d}",
        "BuiCaSuS final conference",
    ]


def test_an_event_page_shows_the_event_in_the_readers_language_and_its_own_time_zone(client):
    activity = ActivityFactory(title_en="Mentoring day", title_sv="Mentordag", capacity=30)
    response = client.get(event_url(activity, "sv"))
    assert response.status_code == 200
    assert text_of(response, "h1") == "Mentordag"
    start, end = html_of(response).select(".event__facts time")
    assert (start["datetime"], end["datetime"]) == ("2030-05-12T10:00:00+03:00", "2030-05-12T16:30:00+03:00")
    # The clock where the event is, not the site's (Stockholm is an hour behind Riga).
    assert start.get_text().endswith("10:00") and end.get_text() == "16:30"
    assert "(Lettlandtid)" in text_of(response, ".event__facts")
    switcher = {a["hreflang"]: a["href"] for a in html_of(response).select(".language-switcher a")}
    assert switcher["lv"] == f"/lv/pasakumi/{activity.slug}/"
    assert switcher["en"] == f"/en/events/{activity.slug}/"


def test_the_undated_final_conference_has_its_page_with_the_date_to_be_announced(client):
    response = client.get("/fr/evenements/final-conference/")
    assert response.status_code == 200
    assert text_of(response, "h1") == "Conférence finale de BuiCaSuS"
    assert not html_of(response).select("#register form")


def test_a_private_or_unknown_event_is_not_found(client):
    private = ActivityFactory(is_public=False)
    assert client.get(event_url(private)).status_code == 404
    assert client.get("/en/events/no-such-event/").status_code == 404


def json_ld(response) -> dict:
    return json.loads(element(response, 'script[type="application/ld+json"]').string)


def test_an_event_page_carries_schema_org_event_json_ld(client, settings):
    from apps.partners.models import Organisation

    organiser = Organisation.objects.get(acronym="SIF")
    activity = ActivityFactory(
        title_en="Scaling workshop </script><script>alert(1)</script>",
        organiser=organiser,
        online_url="https://meet.example.org/scaling",
    )
    response = client.get(event_url(activity))
    data = json_ld(response)
    assert data["@context"] == "https://schema.org"
    assert data["@type"] == "Event"
    assert data["name"] == "Scaling workshop </script><script>alert(1)</script>"
    assert data["startDate"] == "2030-05-12T10:00:00+03:00"
    assert data["endDate"] == "2030-05-12T16:30:00+03:00"
    assert data["eventAttendanceMode"] == "https://schema.org/MixedEventAttendanceMode"
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    place, virtual = data["location"]
    assert place["@type"] == "Place" and place["address"]["addressCountry"] == "LV"
    assert virtual == {"@type": "VirtualLocation", "url": "https://meet.example.org/scaling"}
    assert data["organizer"]["@type"] == "Organization" and data["organizer"]["name"] == organiser.name
    assert data["inLanguage"] == "lv"
    assert data["description"] == activity.description
    assert data["url"].endswith(event_url(activity))
    # The title could not close the data block: one script element, and no inline script at all.
    assert len(html_of(response).select("script")) == 1
    policy = response["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy


def test_json_ld_of_an_online_event_and_of_a_cancelled_one(client):
    online = ActivityFactory(venue="", address="", online_url="https://meet.example.org/x")
    data = json_ld(client.get(event_url(online)))
    assert data["eventAttendanceMode"] == "https://schema.org/OnlineEventAttendanceMode"
    assert data["location"]["@type"] == "VirtualLocation"
    cancelled = ActivityFactory(status=Activity.Status.CANCELLED)
    assert json_ld(client.get(event_url(cancelled)))["eventStatus"] == "https://schema.org/EventCancelled"


def test_an_event_is_cached_for_anonymous_readers_and_a_change_shows_at_once(
    client, page_cache, django_capture_on_commit_callbacks
):
    activity = ActivityFactory(title_en="Before")
    client.get(event_url(activity))
    assert client.get(event_url(activity))["X-Page-Cache"] == "hit"
    with django_capture_on_commit_callbacks(execute=True):
        activity.title_en = activity.title = "After"
        activity.save()
    assert text_of(client.get(event_url(activity)), "h1") == "After"


@pytest.mark.parametrize(
    "path",
    ["/en/about/junk/", "/en/events/final-conference/junk/", "/en/best-practices/junk/"],
)
def test_a_path_below_a_page_that_serves_nothing_there_is_not_found(client, path):
    assert client.get(path).status_code == 404


def test_a_cached_event_page_stops_offering_the_form_when_the_event_ends(client, page_cache, monkeypatch):
    """Cached two minutes before the end, the page is not served with its form after the end."""
    ends = timezone.now() + timedelta(minutes=2)
    activity = ActivityFactory(start=ends - timedelta(hours=3), end=ends)
    first = client.get(event_url(activity))
    assert first["X-Page-Cache"] == "miss"
    assert html_of(first).select("#register form")
    assert client.get(event_url(activity))["X-Page-Cache"] == "hit"

    monkeypatch.setattr(timezone, "now", lambda: ends + timedelta(seconds=1))
    after = client.get(event_url(activity))
    assert after.get("X-Page-Cache") != "hit"
    assert not html_of(after).select("#register form")
    assert "This event has taken place." in text_of(after, "#register")


def test_a_cached_event_page_without_an_end_stops_offering_the_form_when_it_starts(
    client, page_cache, monkeypatch
):
    starts = timezone.now() + timedelta(minutes=2)
    activity = ActivityFactory(start=starts, end=None)
    assert html_of(client.get(event_url(activity))).select("#register form")
    assert client.get(event_url(activity))["X-Page-Cache"] == "hit"
    monkeypatch.setattr(timezone, "now", lambda: starts + timedelta(seconds=1))
    assert not html_of(client.get(event_url(activity))).select("#register form")
