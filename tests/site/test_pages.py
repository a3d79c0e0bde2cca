import re

import pytest

from django.utils import translation
from django.utils.html import escape

from wagtail.models import Page

from apps.site.models import HomePage, StandardPage
from tests.helpers import sitemap_locations

pytestmark = pytest.mark.django_db

HOME_IN = {"sv": "Startsida", "lv": "Sākumlapa", "es": "Inicio", "fr": "Accueil", "en": "Home"}


def loaded_pages():
    """The site's own pages; the library's pages have tests of their own."""
    return list(Page.objects.live().type(HomePage, StandardPage).specific().order_by("path"))


def url_in(page, lang):
    with translation.override(lang):
        return page.get_url()


def switcher_links(html):
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    return {lang: href for href, lang in re.findall(r'<a href="([^"]+)" hreflang="([a-z]{2})"', nav)}


def test_load_creates_home_about_and_five_work_packages():
    titles = [page.title_en for page in loaded_pages()]
    assert titles[:2] == ["Competence Centre for Social Innovation", "About the project"]
    assert [t.split(" – ")[0] for t in titles[2:7]] == ["WP1", "WP2", "WP3", "WP4", "WP5"]


def test_every_loaded_page_answers_in_every_language_with_its_lang_and_translated_navigation(
    client, languages
):
    for page in loaded_pages():
        for lang in languages:
            url = url_in(page, lang)
            assert url.startswith(f"/{lang}/")
            response = client.get(url)
            assert response.status_code == 200, url
            html = response.content.decode()
            assert f'<html lang="{lang}">' in html
            assert f">{HOME_IN[lang]}</a>" in html, (url, lang)
            assert f"<h1>{escape(getattr(page, f'title_{lang}'))}</h1>" in html


def test_each_language_has_its_own_text_not_a_copy_of_english():
    for page in loaded_pages():
        texts = {lang: getattr(page, f"intro_{lang}") for lang in ["sv", "lv", "es", "fr", "en"]}
        assert len(set(texts.values())) == 5, page.title_en


def test_switcher_leads_to_the_same_page_in_each_language(client, languages):
    for page in loaded_pages():
        for lang in languages:
            html = client.get(url_in(page, lang)).content.decode()
            for target_lang, href in switcher_links(html).items():
                assert href == url_in(page, target_lang)
                target = client.get(href)
                assert target.status_code == 200
                assert f'<html lang="{target_lang}">' in target.content.decode()


def test_head_carries_hreflang_alternates_for_every_language(client, languages):
    page = loaded_pages()[1]
    html = client.get(url_in(page, "es")).content.decode()
    for lang in languages:
        assert (
            f'<link rel="alternate" hreflang="{lang}" href="http://testserver{url_in(page, lang)}">' in html
        )
    assert 'hreflang="x-default"' in html


def test_a_slug_of_another_language_is_not_found(client):
    assert client.get("/lv/om-projektet/").status_code == 404


def test_not_found_page_is_translated(client):
    response = client.get("/fr/nowhere-at-all/")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()


def test_about_page_shows_the_facts_of_the_sources(client):
    html = client.get("/en/about/").content.decode()
    for fact in ["VP/2020/010", "SWIM VP/2020/010/0126", "1,064,413", "851,530", "80 %", "24 months"]:
        assert fact in html, fact
    for organisation in [
        "UAFSE",
        "State Secretariat for Social Rights",
        "Society Integration Foundation",
        "Mötesplats Social Innovation",
        "Reach for Change",
        "Inkludera",
        "Avise",
    ]:
        assert organisation in html


def test_footer_acknowledges_easi_funding_in_the_readers_language(client):
    assert "EaSI" in client.get("/sv/").content.decode()
    assert "Finansē Eiropas Savienība" in client.get("/lv/").content.decode()


def test_page_has_skip_link_and_main_landmark(client):
    html = client.get("/en/").content.decode()
    assert '<a class="skip-link" href="#main">' in html
    assert '<main id="main"' in html


def test_sitemap_lists_every_page_in_every_language(client, languages):
    locations = [url.removeprefix("http://testserver") for url in sitemap_locations(client)]
    pages = list(Page.objects.live().exclude(depth=1).specific())
    assert len(locations) == len(pages) * len(languages)
    for page in pages:
        for lang in languages:
            assert url_in(page, lang) in locations


def test_home_leads_to_the_project_and_the_library(client):
    html = client.get("/es/").content.decode()
    explore = re.search(r"<h2>Explorar</h2>.*?</ul>", html, re.S).group(0)
    assert 'href="/es/sobre-el-proyecto/"' in explore
    assert 'href="/es/buenas-practicas/"' in explore
