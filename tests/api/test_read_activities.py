"""The public events over the API: the calendar's visibility, filters, language and addresses."""

from datetime import datetime

import pytest

from apps.activities.models import Activity
from tests.activities.factories import RIGA, ActivityFactory
from tests.api.test_read_partners import assert_not_found, assert_urls_resolve, queries_of

pytestmark = pytest.mark.django_db

URL = "/api/v1/events/"


def slugs(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [event["slug"] for event in response.json()["results"]]


def test_public_events_and_one_by_its_slug(api):
    event = ActivityFactory(slug="api-workshop", title="API workshop")
    assert "api-workshop" in slugs(api.get(URL, {"page_size": 100}))
    data = api.get(f"{URL}api-workshop/").json()
    assert data["title"] == "API workshop"
    assert data["uid"] == str(event.uid)
    assert data["kind"] == "workshop"
    assert data["event_language"] == "lv"


def test_a_private_event_never_appears(api):
    ActivityFactory(slug="api-private", is_public=False)
    assert "api-private" not in slugs(api.get(URL, {"page_size": 100}))
    assert_not_found(api.get(f"{URL}api-private/"))


def test_filters_by_start_country_and_kind(api):
    ActivityFactory(slug="api-early", start=datetime(2030, 1, 10, 9, tzinfo=RIGA), end=None)
    ActivityFactory(slug="api-late", start=datetime(2031, 6, 1, 9, tzinfo=RIGA), end=None, country="SE")
    ActivityFactory(slug="api-undated", start=None, end=None, kind=Activity.Kind.CONFERENCE)
    assert set(slugs(api.get(URL, {"starts_after": "2031-01-01", "page_size": 100}))) == {"api-late"}
    after = slugs(api.get(URL, {"starts_after": "2030-01-10T09:00:00+02:00", "page_size": 100}))
    assert {"api-early", "api-late"} <= set(after) and "api-undated" not in after
    assert "api-early" not in slugs(api.get(URL, {"starts_after": "2030-01-10T10:00:00+02:00"}))
    assert set(slugs(api.get(URL, {"country": "SE", "starts_after": "2030-01-01"}))) == {"api-late"}
    both = set(slugs(api.get(URL, {"country": ["SE", "LV"], "starts_after": "2030-01-01", "page_size": 100})))
    assert {"api-early", "api-late"} <= both
    conferences = slugs(api.get(URL, {"kind": "conference", "page_size": 100}))
    assert "api-undated" in conferences and "api-early" not in conferences


@pytest.mark.parametrize("query", [{"starts_after": "yesterday"}, {"kind": "party"}, {"country": "XX"}])
def test_a_bad_filter_value_is_a_json_400(api, query):
    response = api.get(URL, query)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid"


def test_swedish_text_and_the_fallback_of_a_missing_translation(api):
    ActivityFactory(slug="api-sv", title="Workshop", title_sv="Verkstad", description_sv="")
    data = api.get(f"{URL}api-sv/", {"lang": "sv"}).json()
    assert data["title"] == "Verkstad"
    assert data["language"] == "sv"
    # The description falls back to the event's own language, Latvian.
    assert data["field_languages"] == {"title": "sv", "description": "lv"}
    assert data["fallback"] is True


def test_its_page_in_every_language_and_its_calendar(api, client):
    ActivityFactory(slug="api-linked")
    data = api.get(f"{URL}api-linked/").json()
    assert data["urls"]["lv"].endswith("/api-linked/")
    assert_urls_resolve(client, data["urls"])
    assert data["ical_url"].endswith(".ics")
    response = client.get(data["ical_url"].removeprefix("http://testserver"))
    assert response.status_code == 200
    assert b"BEGIN:VCALENDAR" in response.content
    ActivityFactory(slug="api-tba", start=None, end=None)
    assert api.get(f"{URL}api-tba/").json()["ical_url"] is None


def test_the_query_count_does_not_grow_with_the_page(api):
    ActivityFactory.create_batch(100)
    assert queries_of(api, URL, {"page_size": 10}) == queries_of(api, URL, {"page_size": 100})


def test_an_address_that_is_no_slug_is_the_apis_404(api):
    assert_not_found(api.get(f"{URL}%00/"))


def test_a_cached_list_shows_a_new_event_at_once(api, page_cache, django_capture_on_commit_callbacks):
    assert "api-fresh" not in slugs(api.get(URL, {"page_size": 100}))
    # Kept in the cache until the pages' version changes, which the event's commit does.
    ActivityFactory(slug="api-fresh")
    assert "api-fresh" not in slugs(api.get(URL, {"page_size": 100}))
    with django_capture_on_commit_callbacks(execute=True):
        ActivityFactory(slug="api-fresher")
    assert {"api-fresh", "api-fresher"} <= set(slugs(api.get(URL, {"page_size": 100})))


def test_a_start_with_any_offset_is_read_and_one_out_of_range_refused(api):
    assert api.get(URL, {"starts_after": "5309-12-22T09:45:07+21:21"}).json()["count"] == 0
    response = api.get(URL, {"starts_after": "9999-12-31T23:59:59-14:00"})
    assert response.status_code == 400
    assert "starts_after" in response.json()["error"]["details"]
