"""The library's cases over the API: the page's visibility, filters, counts, language and addresses."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.core.i18n import LANGUAGE_CODES, localized_field
from apps.practices import selectors
from apps.practices.demo import demo_cases_create
from apps.practices.forms import LibraryQueryForm
from apps.practices.models import PracticePage, Rating, ValidationState
from apps.practices.services.validation import case_validate, criteria_load
from tests.practices.factories import PracticePageFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/practices/"


def test_the_swedish_cases_of_the_sources(api):
    data = api.get(URL, {"country": "SE", "page_size": 100}).json()
    expected = PracticePage.objects.live().filter(country="SE")
    assert data["count"] == 10 == expected.count()
    assert {case["id"] for case in data["results"]} == set(expected.values_list("pk", flat=True))
    assert {case["country"] for case in data["results"]} == {"SE"}


def test_swedish_summaries_in_swedish(api):
    data = api.get(URL, {"country": "SE", "lang": "sv"}).json()
    summaries = dict(PracticePage.objects.filter(country="SE").values_list("pk", "summary_sv"))
    for case in data["results"]:
        assert case["summary"] == summaries[case["id"]]
        assert case["language"] == "sv"
        assert case["field_languages"]["summary"] == "sv"
        assert "sv" in case["available_languages"]


def test_accept_language_chooses_the_language_and_lang_wins(api):
    response = api.get(URL, {"country": "LV"}, HTTP_ACCEPT_LANGUAGE="lv,en;q=0.5")
    assert response["Content-Language"] == "lv"
    assert response.json()["results"][0]["language"] == "lv"
    response = api.get(URL, {"country": "LV", "lang": "es"}, HTTP_ACCEPT_LANGUAGE="lv")
    assert response["Content-Language"] == "es"
    assert api.get(URL)["Content-Language"] == "en"


def test_a_text_missing_in_the_language_falls_back_to_the_cases_own(api):
    case = PracticePageFactory(title="Latvian-only case", country="LV", original_language="lv")
    PracticePage.objects.filter(pk=case.pk).update(
        summary_lv="Kopienas virtuve.", summary_sv="", summary_es="", summary_fr="", summary_en=""
    )
    data = api.get(f"{URL}{case.slug}/", {"lang": "fr"}).json()
    assert data["summary"] == "Kopienas virtuve."
    assert data["field_languages"]["summary"] == "lv"
    assert data["fallback"] is True
    assert data["available_languages"] == ["lv"]


@pytest.mark.parametrize(
    ("query", "filters"),
    [
        ({}, {}),
        ({"country": ["SE", "LV"]}, {"country": ["SE", "LV"]}),
        ({"element": "4", "support_area": "scaling"}, {"element": ["4"], "area": ["scaling"]}),
        ({"approach": ["4.5", "1.1"], "country": "FR"}, {"approach": ["4.5", "1.1"], "country": ["FR"]}),
    ],
)
def test_facet_counts_are_the_library_pages(api, query, filters):
    data = api.get(URL, query).json()
    page = selectors.practice_listing(filters=filters, text="", sort="newest", page=1, language="en")
    names = {"area": "support_area", "target": "target_group"}
    assert data["facets"] == {names.get(facet, facet): counts for facet, counts in page.counts.items()}
    assert data["count"] == page.total


def test_a_search_finds_in_the_readers_language(api):
    case = PracticePageFactory(
        title="Neighbourhood case",
        summary_sv="Projektet stärker välfärden i kommunerna.",
        summary_en="Cooperatives are transforming neighbourhoods.",
    )
    data = api.get(URL, {"q": "välfärd", "lang": "sv"}).json()
    query = LibraryQueryForm({"q": "välfärd"}).query
    page = selectors.practice_listing(filters={}, text=query.text, sort="relevance", page=1, language="sv")
    assert data["count"] == page.total == 1
    assert [found["id"] for found in data["results"]] == [card.pk for card in page.results] == [case.pk]
    assert api.get(URL, {"q": "välfärd", "lang": "en"}).json()["count"] == 0


def test_drafts_and_private_cases_never_appear(api):
    draft = PracticePageFactory(title="Unpublished harbour case", live=False)
    listed = {case["id"] for case in api.get(URL, {"page_size": 100}).json()["results"]}
    assert draft.pk not in listed
    assert api.get(f"{URL}{draft.slug}/").status_code == 404


def test_a_case_by_its_slug_in_any_language(api):
    case = PracticePage.objects.live().filter(country="ES").first()
    for code in LANGUAGE_CODES:
        slug = getattr(case, localized_field("slug", code)) or case.slug
        data = api.get(f"{URL}{slug}/", {"lang": code}).json()
        assert data["id"] == case.pk
        assert data["slug"] == slug


def test_an_official_name_is_the_title_in_every_language_with_the_sources_name_beside_it(api):
    case = PracticePage.objects.get(source_name="Society Integration Foundation (SIF)")
    listed = [
        item
        for item in api.get(URL, {"country": "LV", "lang": "sv"}).json()["results"]
        if item["id"] == case.pk
    ]
    alone = api.get(f"{URL}{case.slug_sv}/", {"lang": "sv"}).json()
    for data in (*listed, alone):
        assert data["title"] == "Sabiedrības integrācijas fonds (SIF)"
        assert data["source_name"] == "Society Integration Foundation (SIF)"
        assert data["name_is_official"] is True
        assert data["region"] == ""
    assert len(listed) == 1


def test_every_case_carries_its_page_in_every_language(api, client):
    case = api.get(URL, {"country": "FR", "page_size": 1}).json()["results"][0]
    assert set(case["urls"]) == set(LANGUAGE_CODES)
    for code, url in case["urls"].items():
        assert url.startswith(f"http://testserver/{code}/")
        assert client.get(url.removeprefix("http://testserver")).status_code == 200
    detail = api.get(f"{URL}{case['slug']}/").json()
    assert detail["urls"] == case["urls"]


def test_pages_link_to_each_other(api):
    first = api.get(URL, {"page_size": 10}).json()
    assert first["count"] == 35 and len(first["results"]) == 10 and first["previous"] is None
    second = api.get(first["next"].removeprefix("http://testserver")).json()
    assert second["previous"] and not {c["id"] for c in second["results"]} & {
        c["id"] for c in first["results"]
    }


def test_the_page_size_is_capped(api, settings):
    settings.API_MAX_PAGE_SIZE = 5
    assert len(api.get(URL, {"page_size": 1000}).json()["results"]) == 5


def test_queries_do_not_grow_with_the_page_size(api):
    demo_cases_create(100, seed=3, batch_size=100)

    def count(size):
        with CaptureQueriesContext(connection) as queries:
            assert len(api.get(URL, {"page_size": size}).json()["results"]) == size
        return len(queries)

    count(100)  # the facet index, the orders and the validations' ratings, cached from here on
    assert count(10) == count(100)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    parameter=st.sampled_from(
        [
            "country",
            "element",
            "approach",
            "support_area",
            "validation",
            "region",
            "q",
            "ordering",
            "page",
            "page_size",
            "lang",
        ]
    ),
    value=st.text(max_size=30),
)
def test_no_parameter_breaks_the_list(api, parameter, value):
    response = api.get(URL, {parameter: value})
    assert response.status_code == 200
    assert response["Content-Type"] == "application/json"


@pytest.mark.parametrize("url", [URL, "/api/v1/organisations/"])
def test_a_page_past_the_last_is_the_last_as_on_the_pages(api, url):
    last = api.get(url, {"page_size": 2, "page": 10_000}).json()
    assert last["next"] is None and last["results"]
    assert api.get(url, {"page": "first"}).json()["previous"] is None


@pytest.fixture
def validated(superuser, django_capture_on_commit_callbacks):
    """A case validated against the checklist: evidence fully met, transfer not assessed."""
    criteria_load()
    case = PracticePageFactory(title="Validated harbour case", country="LV", region="LV00")
    ratings = {key: (Rating.PARTLY, "") for key in ("problem", "approach", "scale")}
    ratings |= {"evidence": (Rating.FULLY, "Evaluated."), "transfer": (Rating.NOT_ASSESSED, "")}
    with django_capture_on_commit_callbacks(execute=True):
        case_validate(practice=case, validator=superuser, ratings=ratings)
    case.refresh_from_db()
    return case


def test_a_case_carries_its_validation_in_the_list_and_alone(api, validated):
    listed = api.get(URL, {"validation": "current", "lang": "sv"}).json()
    assert listed["count"] == 1
    validation = listed["results"][0]["validation"]
    assert validation["state"] == "current"
    assert validation["validated_at"].startswith(validated.validated_at.date().isoformat())
    assert [criterion["key"] for criterion in validation["criteria"]] == [
        "problem",
        "approach",
        "evidence",
        "scale",
        "transfer",
    ]
    assert validation["criteria"][2] == {"key": "evidence", "name": "Belägg för resultat", "rating": "fully"}
    alone = api.get(f"{URL}{validated.slug}/", {"lang": "sv"}).json()
    assert alone["validation"] == validation


def test_a_case_not_validated_says_so(api, validated):
    data = api.get(URL, {"validation": "none", "page_size": 100}).json()
    assert data["count"] == 35
    for case in data["results"]:
        assert case["validation"] == {"state": "none", "validated_at": None, "criteria": []}


def test_the_validation_and_region_facets_count_and_filter(api, validated):
    data = api.get(URL).json()
    assert data["facets"]["validation"] == {"none": 35, "current": 1}
    assert data["facets"]["region"] == {"LV00": 1}
    assert api.get(URL, {"region": "LV00"}).json()["count"] == 1
    assert api.get(URL, {"region": "LV00", "country": "SE"}).json()["count"] == 0
    assert api.get(URL, {"validation": "current", "country": "LV"}).json()["count"] == 1
    assert PracticePage.objects.live().filter(validation=ValidationState.CURRENT).count() == 1


def test_validations_cost_no_query_per_case(api):
    criteria_load()
    demo_cases_create(40, seed=3, batch_size=40)

    def count(size):
        with CaptureQueriesContext(connection) as queries:
            results = api.get(URL, {"page_size": size, "validation": ["current", "stale"]}).json()["results"]
        assert len(results) == size and all(case["validation"]["criteria"] for case in results)
        return len(queries)

    count(15)  # what the first request after a change computes, cached from here on
    assert count(3) == count(15)
