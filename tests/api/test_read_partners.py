"""The partner organisations and the consortium over the API."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.core.i18n import LANGUAGE_CODES
from apps.partners.models import ConsortiumProject, Organisation
from apps.partners.selectors import consortium_list
from tests.partners.factories import OrganisationFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/organisations/"


def queries_of(api, url, params=None) -> int:
    """How many queries a GET makes (after one warm-up, so caches of pages' paths are filled)."""
    api.get(url, params)
    with CaptureQueriesContext(connection) as queries:
        response = api.get(url, params)
    assert response.status_code == 200, response.content
    return len(queries)


def assert_not_found(response):
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["error"]["code"] == "not_found"


def assert_urls_resolve(client, urls: dict):
    """urls holds every language, and each page answers."""
    assert set(urls) == set(LANGUAGE_CODES)
    for url in urls.values():
        assert url and url.startswith("http://testserver/")
        response = client.get(url.removeprefix("http://testserver"))
        assert response.status_code == 200, url


def test_the_organisations_and_one_by_its_slug(api):
    data = api.get(URL, {"page_size": 100}).json()
    assert data["count"] == Organisation.objects.count()
    slugs = {organisation["slug"] for organisation in data["results"]}
    assert {"uafse", "sif", "avise"} <= slugs
    sif = api.get(f"{URL}sif/").json()
    assert sif["name"] == "Society Integration Foundation"
    assert sif["consortium_role"] == "co_applicant"


def test_an_unknown_organisation_is_the_apis_404(api):
    assert_not_found(api.get(f"{URL}no-such-organisation/"))


def test_filters(api):
    OrganisationFactory(slug="api-lv-academia", country="LV", kind=Organisation.Kind.ACADEMIA)
    data = api.get(URL, {"country": ["LV", "FR"], "page_size": 100}).json()
    assert {organisation["country"] for organisation in data["results"]} == {"LV", "FR"}
    data = api.get(URL, {"kind": "academia", "country": "LV"}).json()
    assert [organisation["slug"] for organisation in data["results"]] == ["api-lv-academia"]
    data = api.get(URL, {"consortium_role": "applicant"}).json()
    assert [organisation["slug"] for organisation in data["results"]] == ["uafse"]
    data = api.get(URL, {"ordering": "-name", "page_size": 100}).json()
    names = [organisation["name"] for organisation in data["results"]]
    assert names == sorted(names, reverse=True)


def test_a_bad_filter_value_is_a_json_400(api):
    response = api.get(URL, {"country": "XX"})
    assert response.status_code == 400
    assert "country" in response.json()["error"]["details"]


def test_the_description_in_the_language_asked_and_its_fallback(api):
    OrganisationFactory(slug="api-only-english", description_en="Only in English.", description_sv="")
    data = api.get(f"{URL}api-only-english/", {"lang": "sv"}).json()
    assert data["description"] == "Only in English."
    assert data["language"] == "sv"
    assert data["fallback"] is True
    assert data["field_languages"] == {"description": "en"}
    assert data["available_languages"] == ["en"]
    sif = Organisation.objects.get(slug="sif")
    data = api.get(f"{URL}sif/", {"lang": "sv"}).json()
    assert data["description"] == sif.description_sv != sif.description_en
    assert data["fallback"] is False


def test_a_consortium_member_links_to_the_consortiums_page_in_every_language(api, client):
    urls = api.get(f"{URL}sif/").json()["urls"]
    assert_urls_resolve(client, urls)
    assert "sif" in client.get(urls["lv"].removeprefix("http://testserver")).content.decode().lower()
    other = OrganisationFactory(slug="api-not-in-consortium")
    assert api.get(f"{URL}{other.slug}/").json()["urls"] == dict.fromkeys(LANGUAGE_CODES)


def test_the_organisations_query_count_does_not_grow_with_the_page(api):
    OrganisationFactory.create_batch(100)
    assert queries_of(api, URL, {"page_size": 10}) == queries_of(api, URL, {"page_size": 100})


def test_the_consortium_with_its_partners_and_roles(api, client):
    data = api.get("/api/v1/consortium/").json()
    assert data["count"] == ConsortiumProject.objects.count() == 1
    project = data["results"][0]
    assert project["acronym"] == "BuiCaSuS"
    assert [partner["slug"] for partner in project["partners"]] == [o.slug for o in consortium_list()]
    assert project["partners"][0]["consortium_role"] == "applicant"
    assert_urls_resolve(client, project["urls"])
    swedish = api.get("/api/v1/consortium/BuiCaSuS/", {"lang": "sv"}).json()
    assert swedish["title"] == ConsortiumProject.objects.get().title_sv
    assert_not_found(api.get("/api/v1/consortium/NOPE/"))


def test_the_404_is_in_the_language_asked(api):
    response = api.get(f"{URL}no-such-organisation/", {"lang": "sv"})
    assert_not_found(response)
    assert response.json()["error"]["message"] == "Hittades inte."
