"""Anonymous reads are cached like pages, versioned so that a change shows at once, with validators."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.practices.factories import PracticePageFactory
from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/practices/"


def test_a_repeated_read_is_answered_from_the_cache(api, page_cache):
    first = api.get(URL, {"country": "SE", "utm_source": "newsletter"})
    with CaptureQueriesContext(connection) as queries:
        again = api.get(URL, {"country": "SE", "utm_source": "elsewhere"})
    assert again.json() == first.json()
    assert len(queries) == 0


def test_a_publish_shows_at_once(api, page_cache, django_capture_on_commit_callbacks):
    before = api.get(URL, {"country": "SE"}).json()["count"]
    with django_capture_on_commit_callbacks(execute=True):
        PracticePageFactory(title="Freshly published case", country="SE")
    assert api.get(URL, {"country": "SE"}).json()["count"] == before + 1


def test_each_language_is_cached_on_its_own(api, page_cache):
    swedish = api.get(URL, {"lang": "sv"}).json()["results"][0]
    latvian = api.get(URL, HTTP_ACCEPT_LANGUAGE="lv").json()["results"][0]
    assert (swedish["language"], latvian["language"]) == ("sv", "lv")


def test_etag_and_a_conditional_read(api, page_cache):
    response = api.get(URL)
    assert response["Cache-Control"] == "public, max-age=300"
    assert "Accept-Language" in response["Vary"]
    again = api.get(URL, HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304
    assert again.content == b""


def test_a_signed_in_clients_answer_is_never_kept(page_cache):
    from rest_framework.test import APIClient

    client = APIClient()
    client.force_authenticate(UserFactory())
    response = client.get(URL)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"] and "private" in response["Cache-Control"]
    assert not response.has_header("ETag")
