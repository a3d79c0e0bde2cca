"""The mapping's public results over the API: approved entries only, their scores, the comparison."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.core.i18n import LANGUAGE_CODES
from apps.mapping import selectors
from apps.mapping.demo import demo_entries_create
from apps.mapping.models import EntryStatus, MappingEntry
from tests.mapping.factories import ApprovedAssessmentFactory, MappingEntryFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/mapping/entries/"


def test_only_approved_entries_are_public(api):
    approved = ApprovedAssessmentFactory()
    draft = MappingEntryFactory(title="A draft nobody may read yet")
    listed = {entry["id"] for entry in api.get(URL).json()["results"]}
    assert approved.pk in listed and draft.pk not in listed
    assert api.get(f"{URL}{draft.pk}/").status_code == 404
    assert api.get(f"{URL}{approved.pk}/").json()["title"] == approved.title


def test_an_entry_carries_its_scores_named_in_the_language(api):
    entry = ApprovedAssessmentFactory()
    data = api.get(f"{URL}{entry.pk}/", {"lang": "lv"}).json()
    scores = {score["criterion"]: score for score in data["scores"]}
    assert len(scores) == entry.scores.count() > 0
    first = entry.scores.select_related("criterion").first()
    assert scores[first.criterion.key]["score"] == first.score
    assert scores[first.criterion.key]["criterion_name"] == first.criterion.name_lv


def test_entries_link_their_countrys_page_in_every_language(api, client):
    entry = ApprovedAssessmentFactory()
    urls = api.get(f"{URL}{entry.pk}/").json()["urls"]
    assert set(urls) == set(LANGUAGE_CODES)
    for url in urls.values():
        assert client.get(url.removeprefix("http://testserver")).status_code == 200


def test_filters_by_country_and_kind(api):
    latvian = ApprovedAssessmentFactory(organisation__country="LV")
    spanish = ApprovedAssessmentFactory(organisation__country="ES")
    found = {entry["id"] for entry in api.get(URL, {"country": "ES", "kind": "assessment"}).json()["results"]}
    assert spanish.pk in found and latvian.pk not in found
    assert api.get(URL, {"country": "XX"}).status_code == 400


def test_the_comparison_is_the_pages(api):
    ApprovedAssessmentFactory(organisation__country="LV")
    data = api.get("/api/v1/mapping/comparison/").json()
    page = selectors.comparison()
    assert data["countries"] == [country["code"] for country in page["countries"]]
    for row, criterion in zip(page["rows"], data["criteria"], strict=True):
        assert criterion["key"] == row["key"]
        for code, cell in zip(data["countries"], row["cells"], strict=True):
            assert criterion["countries"][code]["count"] == cell.count
            assert criterion["countries"][code]["mean"] == (None if cell.mean is None else str(cell.mean))
    assert data["criteria"][0]["countries"]["LV"]["count"] == 1


def test_queries_do_not_grow_with_the_page_size(api):
    demo_entries_create(100, seed=2, batch_size=100)
    assert MappingEntry.objects.filter(status=EntryStatus.APPROVED).count() >= 100

    def count(size):
        with CaptureQueriesContext(connection) as queries:
            assert len(api.get(URL, {"page_size": size}).json()["results"]) == size
        return len(queries)

    count(10)  # the site's root paths, cached from here on
    assert count(10) == count(100)
