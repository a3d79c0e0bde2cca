"""The ESF+ register and the support offerings over the API: the page's search, filters and visibility."""

from datetime import date

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.core.caching.versioned import PAGES, bump, forget_local
from apps.projects import content
from apps.projects.forms import RegisterQuery
from apps.projects.models import EsfProject, SupportOffering
from apps.projects.selectors import register_projects
from tests.api.test_read_partners import assert_not_found, assert_urls_resolve, queries_of
from tests.helpers import empty_suite_cache
from tests.projects.factories import EngagementFactory, EsfProjectFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/projects/"
OFFERINGS = "/api/v1/support-offerings/"


def diary_numbers(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [project["diary_number"] for project in response.json()["results"]]


def test_the_sources_record_with_every_field(api, client):
    data = api.get(URL, {"search": "22-018-S01"}).json()
    assert data["count"] == 1
    (project,) = data["results"]
    for field, value in content.PROJECT.items():
        if field == "is_public":
            continue
        expected = value.isoformat() if isinstance(value, date) else value
        expected = str(expected) if field == "eu_cofinancing_rate" else expected
        assert project[field] == expected, field
    assert project["needs"] == content.NEEDS
    partners = project["cooperation_partners"]
    assert [partner["organisation"] for partner in partners] == [p["slug"] for p in content.PARTNERS]
    assert [partner["name_in_record"] for partner in partners] == [p["name"] for p in content.PARTNERS]
    assert [partner["role"] for partner in partners] == [p["role"] for p in content.PARTNERS]
    assert project["status"] == EsfProject.objects.get(diary_number="22-018-S01").status
    assert project["urls"]["sv"].endswith("/22-018-s01/")
    assert_urls_resolve(client, project["urls"])
    # The record itself answers the same, by its diary number in either case.
    record = api.get(f"{URL}22-018-S01/").json()
    assert record == api.get(f"{URL}22-018-s01/").json()
    assert {key: record[key] for key in project} == project


@pytest.mark.parametrize("search", ["kompetenscenter", "MALMÖ", "22-018", "S01", "nothing like it"])
def test_the_search_finds_what_the_register_page_finds(api, search):
    EsfProjectFactory(name="Kompetenscenter Syd", owner="Region Skåne")
    EsfProjectFactory(name="Other", owner="Malmö stad")
    expected = list(register_projects(RegisterQuery(q=search)).values_list("diary_number", flat=True))
    assert diary_numbers(api.get(URL, {"search": search, "page_size": 100})) == expected


def test_a_private_project_never_appears(api):
    private = EsfProjectFactory(name="Hidden project", is_public=False)
    assert private.diary_number not in diary_numbers(api.get(URL, {"page_size": 100}))
    assert diary_numbers(api.get(URL, {"search": "Hidden project"})) == []
    assert_not_found(api.get(f"{URL}{private.diary_number}/"))
    assert_not_found(api.get(f"{URL}99-999-S99/"))


def test_filters_by_country_status_and_offering(api):
    planned = EsfProjectFactory(start_date=date(2098, 1, 1), end_date=date(2099, 1, 1))
    completed = EsfProjectFactory(start_date=date(2020, 1, 1), end_date=date(2021, 1, 1))
    engaged = EsfProjectFactory()
    EngagementFactory(project=engaged, offering=SupportOffering.objects.get(number=2))
    assert diary_numbers(api.get(URL, {"status": "planned"})) == [planned.diary_number]
    assert completed.diary_number in diary_numbers(api.get(URL, {"status": "completed"}))
    assert diary_numbers(api.get(URL, {"offering": 2})) == [engaged.diary_number]
    assert diary_numbers(api.get(URL, {"country": "LV"})) == []
    assert set(diary_numbers(api.get(URL, {"country": "SE", "page_size": 100}))) == set(
        EsfProject.objects.public().values_list("diary_number", flat=True)
    )
    # An offering the register does not have is dropped, as the page's form drops it.
    assert len(diary_numbers(api.get(URL, {"offering": 77, "page_size": 100}))) == EsfProject.objects.count()


@pytest.mark.parametrize("query", [{"status": "soon"}, {"country": "XX"}, {"offering": "two"}])
def test_a_bad_filter_value_is_a_json_400(api, query):
    response = api.get(URL, query)
    assert response.status_code == 400
    assert response.json()["error"]["code"] == "invalid"


def test_engagements_with_their_offering_in_the_language_asked(api):
    project = EsfProjectFactory()
    EngagementFactory(project=project, note="For staff only")
    data = api.get(f"{URL}{project.diary_number}/", {"lang": "sv"}).json()
    (engagement,) = data["engagements"]
    assert engagement["kind"] == "coaching"
    assert engagement["offering"]["name"] == "Stöd till projekt"
    assert engagement["offering"]["language"] == "sv" and engagement["offering"]["fallback"] is False
    assert "note" not in engagement


def test_support_offerings_in_swedish_and_the_fallback_of_a_missing_translation(api, client):
    data = api.get(OFFERINGS, {"lang": "sv"}).json()
    assert [offering["number"] for offering in data["results"]] == [1, 2, 3, 4]
    first = data["results"][0]
    assert first["name"] == "Stöd till projekt"
    assert [item["text"] for item in first["items"]] == [item["sv"] for item in content.OFFERINGS[0]["items"]]
    assert_urls_resolve(client, first["urls"])
    SupportOffering.objects.filter(number=2).update(name_sv="")
    bump(PAGES)
    second = api.get(f"{OFFERINGS}2/", {"lang": "sv"}).json()
    assert second["name"] == content.OFFERINGS[1]["name"]["en"]
    assert second["fallback"] is True and second["field_languages"] == {"name": "en"}
    assert_not_found(api.get(f"{OFFERINGS}9/"))


def test_the_query_count_does_not_grow_with_the_page(api):
    for project in EsfProjectFactory.create_batch(100):
        EngagementFactory(project=project)
    assert queries_of(api, URL, {"page_size": 10}) == queries_of(api, URL, {"page_size": 100})
    assert queries_of(api, URL, {"search": "Test project", "page_size": 10}) == queries_of(
        api, URL, {"search": "Test project", "page_size": 100}
    )
    # With nothing cached, the records are read and represented in one batch whatever their number.
    assert cold_queries(api, {"page_size": 10}) == cold_queries(api, {"page_size": 100})


def cold_queries(api, params) -> int:
    empty_suite_cache()
    forget_local()
    with CaptureQueriesContext(connection) as queries:
        assert api.get(URL, params).status_code == 200
    return len(queries)


def test_a_projects_representation_is_kept_until_a_record_changes(api, django_capture_on_commit_callbacks):
    project = EsfProjectFactory(name="Kept representation")
    assert (
        api.get(URL, {"search": "Kept representation"}).json()["results"][0]["name"] == "Kept representation"
    )
    # Read again: the page's ids and count only, the representations come from the cache.
    assert queries_of(api, URL, {"search": "Kept representation"}) <= 3
    with django_capture_on_commit_callbacks(execute=True):
        project.owner = "A new owner"
        project.save()
    assert api.get(URL, {"search": "Kept representation"}).json()["results"][0]["owner"] == "A new owner"
    assert api.get(URL, {"search": "Kept representation", "lang": "sv"}).json()["results"][0]["urls"]["sv"]
