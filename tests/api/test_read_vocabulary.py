"""The vocabulary over the API: every term, named in the answer's language."""

import pytest

from apps.vocabulary.models import Approach, ProcessElement, SupportArea

pytestmark = pytest.mark.django_db


def test_every_term_in_the_language(api):
    elements = api.get("/api/v1/elements/", {"lang": "es"}).json()
    assert [element["number"] for element in elements] == list(
        ProcessElement.objects.values_list("number", flat=True)
    )
    assert elements[0]["name"] == ProcessElement.objects.get(number=1).name_es
    approaches = api.get("/api/v1/approaches/").json()
    assert len(approaches) == Approach.objects.count() == 19
    assert {area["code"] for area in api.get("/api/v1/support-areas/").json()} == set(
        SupportArea.objects.values_list("code", flat=True)
    )


def test_a_term_by_its_code(api):
    approach = api.get("/api/v1/approaches/4.5/", {"lang": "sv"}).json()
    assert approach["name"] == Approach.objects.get(code="4.5").name_sv
    assert approach["element"] == "4"
    assert api.get("/api/v1/approaches/9.9/").status_code == 404


def test_countries_named_in_the_language(api):
    assert {"code": "LV", "name": "Letonia"} in api.get("/api/v1/countries/", {"lang": "es"}).json()


def test_the_codes_are_the_filters_of_the_cases(api):
    area = api.get("/api/v1/support-areas/").json()[0]["code"]
    data = api.get("/api/v1/practices/", {"support_area": area}).json()
    assert data["count"] == data["facets"]["support_area"][area]
