"""The iCalendar feeds: per language and per country, with time zones, stable UIDs and event pages."""

from datetime import datetime, timedelta

import pytest
from icalendar import Calendar

from tests.activities.factories import RIGA, ActivityFactory

pytestmark = pytest.mark.django_db


def events_of(response) -> dict:
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}, calendar


def test_the_feed_has_the_public_dated_events_in_their_time_zones_and_the_readers_language(client):
    riga = ActivityFactory(title_en="Workshop in Riga", title_sv="Workshop i Riga")
    paris = ActivityFactory(
        country="FR",
        time_zone="Europe/Paris",
        start=datetime(2030, 11, 3, 9, 30, tzinfo=RIGA),
        end=datetime(2030, 11, 3, 12, tzinfo=RIGA),
    )
    ActivityFactory(title_en="Internal", is_public=False)
    events, calendar = events_of(client.get("/sv/evenemang/kalender.ics"))

    assert set(events) == {f"{riga.uid}@buicasus", f"{paris.uid}@buicasus"}
    event = events[f"{riga.uid}@buicasus"]
    assert str(event["SUMMARY"]) == "Workshop i Riga"
    assert event["DTSTART"].params["TZID"] == "Europe/Riga"
    assert event["DTSTART"].dt == datetime(2030, 5, 12, 10, 0, tzinfo=RIGA)
    assert event["DTSTART"].dt.utcoffset() == timedelta(hours=3)
    assert event["DTEND"].dt == datetime(2030, 5, 12, 16, 30, tzinfo=RIGA)
    assert str(event["URL"]) == f"http://testserver/sv/evenemang/{riga.slug}/"
    in_paris = events[f"{paris.uid}@buicasus"]
    assert in_paris["DTSTART"].params["TZID"] == "Europe/Paris"
    assert in_paris["DTSTART"].dt.hour == 8  # 9:30 in Riga is 8:30 in Paris
    assert {timezone["TZID"] for timezone in calendar.walk("VTIMEZONE")} == {"Europe/Riga", "Europe/Paris"}
    # The final conference has no date yet, so no calendar entry.
    assert all("conference" not in str(event["SUMMARY"]).lower() for event in events.values())


def test_the_categories_name_the_work_package_in_the_readers_language(client):
    activity = ActivityFactory(work_package=3)
    events, _calendar = events_of(client.get("/sv/evenemang/kalender.ics"))

    categories = events[f"{activity.uid}@buicasus"]["CATEGORIES"].cats
    assert "AP3" in categories  # arbetspaket 3
    assert "WP3" not in categories


def test_the_uid_stays_the_same_when_the_event_changes(client, django_capture_on_commit_callbacks):
    activity = ActivityFactory()
    before = set(events_of(client.get("/en/events/calendar.ics"))[0])
    with django_capture_on_commit_callbacks(execute=True):
        activity.title_en = activity.title = "Renamed"
        activity.start += timedelta(days=1)
        activity.end += timedelta(days=1)
        activity.save()
    events = events_of(client.get("/en/events/calendar.ics"))[0]
    assert set(events) == before
    assert str(events[f"{activity.uid}@buicasus"]["SUMMARY"]) == "Renamed"


def test_the_country_feed_has_only_that_countrys_events(client):
    latvian = ActivityFactory(country="LV")
    ActivityFactory(country="ES", time_zone="Europe/Madrid")
    events = events_of(client.get("/lv/pasakumi/kalendars-lv.ics"))[0]
    assert set(events) == {f"{latvian.uid}@buicasus"}
    assert str(events[f"{latvian.uid}@buicasus"]["URL"]).endswith(f"/lv/pasakumi/{latvian.slug}/")


def test_an_unknown_country_has_no_feed(client):
    assert client.get("/en/events/calendar-xx.ics").status_code == 404
