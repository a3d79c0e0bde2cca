import re

import pytest

from django.utils import translation

from apps.practices.demo import demo_cases_create, demo_cases_delete
from apps.practices.models import PracticePage
from tests.helpers import sitemap_locations

from .helpers import practice_create

pytestmark = pytest.mark.django_db


def test_a_missing_translation_falls_back_to_the_original_with_a_notice(client):
    case = practice_create(
        title="Kooperativ i Malmö",
        summary={"sv": "Ett kooperativ i Malmö stöder nyanlända."},
        original_language="sv",
    )
    with translation.override("es"):
        url = case.get_url()
    html = client.get(url).content.decode()
    assert "Ett kooperativ i Malmö stöder nyanlända." in html
    assert "todavía no se ha traducido" in html
    assert '<link rel="canonical" href="http://testserver/sv/' in html
    assert 'hreflang="es"' not in re.search(r"<head>.*</head>", html, re.S).group(0)
    swedish = client.get(url.replace("/es/", "/sv/")).content.decode()
    assert "canonical" not in swedish and "todavía" not in swedish


def test_case_page_shows_its_classification_and_related_cases(client):
    html = client.get("/en/best-practices/cap-impact/").content.decode()
    assert "Accelerator programmes that support the scaling of social innovations" in html
    assert "Classified by the centre" in html
    related = re.search(r'id="related-heading".*?</section>', html, re.S).group(0)
    assert "Ronalpia" in related  # shares element 4 and the scaling area


def test_feed_lists_cases_in_the_language_of_its_prefix(client):
    feed = client.get("/lv/feeds/practices/")
    assert feed.status_code == 200
    assert feed["Content-Type"].startswith("application/atom+xml")
    body = feed.content.decode()
    assert body.count("<entry>") == 30
    assert "/lv/laba-prakse/" in body


def test_sitemap_has_every_case_in_every_language(client, languages):
    xml = "".join(
        client.get(child).content.decode() for child in sitemap_locations(client, children_only=True)
    )
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
