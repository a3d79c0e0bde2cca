import pytest

from django.utils import translation

from wagtail.contrib.redirects.models import Redirect

from apps.practices.models import PracticePage
from apps.practices.services.library import case_slug, library_load
from apps.vocabulary.models import Approach, ProcessElement, SupportArea
from tests.helpers import url_in

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
    """Every source name is kept: as the English title, or below an official name as its gloss."""
    names = set(PracticePage.objects.values_list("source_name", flat=True))
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
        assert name in names
    assert "Funding of social innovation – Vinnova, Sweden’s innovation agency" in titles


def test_an_official_name_is_the_title_in_every_language_and_the_source_name_its_gloss():
    case = PracticePage.objects.get(source_name="Society Integration Foundation (SIF)")
    assert case.name_is_official and not case.name_is_unconfirmed
    assert {getattr(case, f"title_{code}") for code in ("sv", "lv", "es", "fr", "en")} == {
        "Sabiedrības integrācijas fonds (SIF)"
    }
    assert case.slug_lv == "sabiedribas-integracijas-fonds-sif"


def test_a_name_without_an_official_form_is_translated_with_a_slug_of_its_own():
    case = PracticePage.objects.get(source_name__startswith="Funding of social innovation – Vinnova")
    assert not case.name_is_official
    assert case.title_sv.startswith("Finansiering av social innovation")
    assert case.slug_sv.startswith("finansiering-av-social-innovation")
    assert case.slug_sv != case.slug_en


def test_a_name_that_could_not_be_confirmed_stays_as_the_source_gives_it_and_is_marked():
    case = PracticePage.objects.get(source_name="Reach for Change Latvia")
    assert case.name_is_unconfirmed
    assert case.title_lv == case.title_sv == "Reach for Change Latvia"


def test_the_addresses_cases_had_under_their_source_names_redirect_after_loading(
    client, django_capture_on_commit_callbacks
):
    case = PracticePage.objects.get(source_name="Society Integration Foundation (SIF)")
    former = case_slug(case.source_name)
    for code in ("sv", "lv", "es", "fr", "en"):
        setattr(case, f"slug_{code}", former)
    with django_capture_on_commit_callbacks(execute=True):
        case.save_revision().publish()
    case.refresh_from_db()
    old_lv = url_in(case, "lv")
    assert old_lv.endswith(f"/{former}/")

    with django_capture_on_commit_callbacks(execute=True):
        library_load()
    case.refresh_from_db()

    assert case.slug_lv == "sabiedribas-integracijas-fonds-sif"
    response = client.get(old_lv)
    assert response.status_code == 301
    assert response["Location"].endswith(url_in(case, "lv"))
    assert PracticePage.objects.filter(source_name=case.source_name).count() == 1
    # The page's own address redirects nowhere.
    assert not Redirect.objects.filter(old_path=url_in(case, "lv").rstrip("/")).exists()


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
