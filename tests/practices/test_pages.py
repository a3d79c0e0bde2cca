import re

import pytest

from apps.practices.demo import demo_cases_create, demo_cases_delete
from apps.practices.models import PracticeIndexPage, PracticePage
from tests.helpers import element, html_of, sitemap_xml, text_of, url_in
from tests.practices.factories import PracticePageFactory
from tests.vocabulary.factories import TargetGroupFactory, ThemeFactory

pytestmark = pytest.mark.django_db


def test_a_missing_translation_falls_back_to_the_original_with_a_notice(client):
    case = PracticePageFactory(
        title="Kooperativ i Malmö",
        summary="",
        summary_sv="Ett kooperativ i Malmö stöder nyanlända.",
        original_language="sv",
    )
    url = url_in(case, "es")
    html = html_of(client.get(url))
    assert "Ett kooperativ i Malmö stöder nyanlända." in html.get_text()
    assert "todavía no se ha traducido" in html.get_text()
    assert element(html, 'head link[rel="canonical"]')["href"].startswith("http://testserver/sv/")
    assert html.select('head [hreflang="es"]') == []
    swedish = client.get(url.replace("/es/", "/sv/")).content.decode()
    assert "canonical" not in swedish and "todavía" not in swedish


def test_case_page_shows_its_classification_and_related_cases(client):
    case = PracticePageFactory(title="Scaling Lab", approach_codes=["4.5"], area_codes=["scaling"])
    PracticePageFactory(title="Growth Partner", approach_codes=["4.6"], area_codes=["scaling"])
    PracticePageFactory(title="Idea Kitchen", approach_codes=["1.1"], area_codes=["knowledge"])
    html = html_of(client.get(url_in(case, "en")))
    assert "Accelerator programmes that support the scaling of social innovations" in html.get_text()
    related = element(html, 'section[aria-labelledby="related-heading"]').get_text()
    assert "Growth Partner" in related  # shares element 4 and the scaling area
    assert "Idea Kitchen" not in related


def test_a_classification_by_the_editors_is_shown_as_such(client):
    editorial = PracticePageFactory(classification_is_editorial=True)
    stated = PracticePageFactory(classification_is_editorial=False)
    assert "Classified by the centre" in html_of(client.get(url_in(editorial, "en"))).get_text()
    assert "Classified by the centre" not in html_of(client.get(url_in(stated, "en"))).get_text()


def test_feed_lists_cases_in_the_language_of_its_prefix(client):
    feed = client.get("/lv/plusmas/prakses/")
    assert feed.status_code == 200
    assert feed["Content-Type"].startswith("application/atom+xml")
    body = feed.content.decode()
    assert body.count("<entry>") == 30
    assert "/lv/laba-prakse/" in body


def test_sitemap_has_every_case_in_every_language(client, languages):
    xml = sitemap_xml(client)
    for lang in languages:
        assert xml.count(f"http://testserver/{lang}/") >= 35 + 4 + 1
    assert 'hreflang="lv" href="http://testserver/lv/laba-prakse/cap-impact/"' in xml


def test_demo_cases_are_marked_and_removed_with_one_command(client):
    demo_cases_create(count=30)
    demo = PracticePage.objects.filter(is_demo=True)
    assert demo.count() == 30
    case = demo.first()
    html = client.get(case.url).content.decode()
    assert "Demo data" in html
    assert case.elements.exists() and case.themes.exists()
    assert len(case.summary_lv) > 40 and case.summary_lv != case.summary_en
    assert demo_cases_delete() == 30
    assert PracticePage.objects.count() == 35
    assert client.get("/en/best-practices/").content.decode().count("Demo") == 0


def library_url(language: str) -> str:
    return url_in(PracticeIndexPage.objects.get(), language)


def test_library_intro_has_no_count_and_the_heading_counts_the_live_cases(client, languages):
    PracticePage.objects.live().filter(country="SE").first().unpublish()
    live = PracticePage.objects.live().count()
    assert live == 34
    html = html_of(client.get(library_url("en")))
    assert text_of(html, "#results-heading") == "34 cases"
    for lang in languages:
        intro = text_of(client.get(library_url(lang)), ".library-intro")
        assert not re.search(r"\d", intro), (lang, intro)


FACET_HEADINGS = {
    "sv": [
        "Land",
        "Processelement",
        "Tillvägagångssätt",
        "Kärnstödsområde",
        "Tema",
        "Målgrupp",
        "Validering",
    ],
    "lv": [
        "Valsts",
        "Procesa elements",
        "Pieeja",
        "Galvenā atbalsta joma",
        "Tēma",
        "Mērķgrupa",
        "Validēšana",
    ],
    "es": [
        "País",
        "Elemento del proceso",
        "Enfoque",
        "Área básica de apoyo",
        "Tema",
        "Grupo destinatario",
        "Validación",
    ],
    "fr": [
        "Pays",
        "Élément du processus",
        "Approche",
        "Domaine d'appui essentiel",
        "Thème",
        "Public cible",
        "Validation",
    ],
}


@pytest.mark.parametrize("language", FACET_HEADINGS)
def test_library_facet_headings_are_in_the_readers_language(client, language):
    # The loaded cases carry no theme or target group; a facet without values is not drawn.
    PracticePageFactory(
        themes=[ThemeFactory(code="food", name="Food")],
        target_groups=[TargetGroupFactory(code="youth", name="Youth")],
    )
    html = html_of(client.get(library_url(language)))
    headings = [summary.get_text(strip=True) for summary in html.select(".facet > summary")]
    assert headings == FACET_HEADINGS[language]
