import pytest

from django.utils import translation

from apps.practices.models import PracticePage
from apps.vocabulary.models import Approach, ProcessElement, SupportArea

pytestmark = pytest.mark.django_db


def test_the_35_cases_of_the_source_by_country():
    cases = PracticePage.objects.live()
    assert cases.count() == 35
    assert {country: cases.filter(country=country).count() for country in ("FR", "LV", "ES", "SE")} == {
        "FR": 14,
        "LV": 4,
        "ES": 7,
        "SE": 10,
    }


def test_names_are_exactly_those_of_the_source():
    titles = set(PracticePage.objects.values_list("title_en", flat=True))
    for name in [
        "Cap Impact",
        "27ème région",
        "Local Support Scheme (Dispositif Local d’Accompagnement)",
        "Social Entrepreneurship Association of Latvia (SEAL)",
        "The Spanish Red Cross – IDEATECA Participatory Innovation Platform",
        "Funding of social innovation – Vinnova, Sweden’s innovation agency",
        "Promoting cooperative entrepreneurship – Coompanion Sweden",
    ]:
        assert name in titles


def test_every_case_has_a_summary_in_each_language_and_an_editorial_classification():
    cases = PracticePage.objects.prefetch_related("elements", "approaches__element", "support_areas")
    for case in cases:
        summaries = [getattr(case, f"summary_{code}") for code in ("sv", "lv", "es", "fr", "en")]
        assert all(summaries) and len(set(summaries)) == 5
        assert case.classification_is_editorial
        assert case.elements.all() and case.approaches.all() and case.support_areas.all()
        assert set(case.elements.all()) == {approach.element for approach in case.approaches.all()}


def test_the_five_elements_their_approaches_and_the_five_support_areas():
    assert ProcessElement.objects.count() == 5
    assert [element.approaches.count() for element in ProcessElement.objects.order_by("number")] == [
        2,
        2,
        3,
        7,
        5,
    ]
    assert Approach.objects.get(code="3.3").name_sv == "Inkubationsprogram"
    assert SupportArea.objects.count() == 5
    assert SupportArea.objects.get(code="arenas").name_en == "Cross-sectoral meeting arenas"


def test_every_case_page_answers_in_all_five_languages(client, languages):
    for case in PracticePage.objects.live():
        for lang in languages:
            with translation.override(lang):
                url = case.get_url()
            response = client.get(url)
            assert response.status_code == 200, url
            html = response.content.decode()
            assert f'<html lang="{lang}">' in html
            assert getattr(case, f"summary_{lang}").split(" ")[-1] in html


def test_country_pages_list_only_their_cases(client):
    html = client.get("/sv/goda-exempel/lettland/").content.decode()
    assert html.count('class="card practice-card"') == 4
    assert "Reach for Change Latvia" in html
    assert "Cap Impact" not in html
