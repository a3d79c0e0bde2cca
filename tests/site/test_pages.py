import re

import pytest

from wagtail.models import Page

from apps.site.models import HomePage, StandardPage
from tests.helpers import element, html_of, sitemap_locations, text_of, url_in
from tests.site.factories import StandardPageFactory

pytestmark = pytest.mark.django_db

HOME_IN = {"sv": "Startsida", "lv": "Sākumlapa", "es": "Inicio", "fr": "Accueil", "en": "Home"}


def loaded_pages():
    """The site's own pages; the library's pages have tests of their own."""
    return list(Page.objects.live().type(HomePage, StandardPage).specific().order_by("path"))


def switcher_links(response):
    nav = element(response, "nav.language-switcher")
    return {link["hreflang"]: link["href"] for link in nav.select("a[href][hreflang]")}


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
            html = html_of(response)
            assert html.html["lang"] == lang
            assert HOME_IN[lang] in [link.get_text(strip=True) for link in html.select("a")], (url, lang)
            assert text_of(html, "h1") == getattr(page, f"title_{lang}")


def test_each_language_has_its_own_text_not_a_copy_of_english():
    for page in loaded_pages():
        texts = {lang: getattr(page, f"intro_{lang}") for lang in ["sv", "lv", "es", "fr", "en"]}
        assert len(set(texts.values())) == 5, page.title_en


def test_switcher_leads_to_the_same_page_in_each_language(client, languages):
    for page in loaded_pages():
        for lang in languages:
            links = switcher_links(client.get(url_in(page, lang)))
            assert sorted(links) == sorted(languages)
            for target_lang, href in links.items():
                assert href == url_in(page, target_lang)
                target = client.get(href)
                assert target.status_code == 200
                assert html_of(target).html["lang"] == target_lang


def test_head_carries_hreflang_alternates_for_every_language(client, languages):
    page = loaded_pages()[1]
    head = element(client.get(url_in(page, "es")), "head")
    alternates = {link["hreflang"]: link["href"] for link in head.select('link[rel="alternate"][hreflang]')}
    for lang in languages:
        assert alternates[lang] == f"http://testserver{url_in(page, lang)}"
    assert "x-default" in alternates


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
    html = html_of(client.get("/en/"))
    assert element(html, "a.skip-link")["href"] == "#main"
    assert html.select_one("main#main") is not None


def test_sitemap_lists_every_page_in_every_language(client, languages):
    # The records served below pages (events, projects, …) are in children of their own.
    children = sitemap_locations(client, children_only=True)
    pages_only = [url for url in children if re.search(r"/sitemap-\d+\.xml$", url)]
    locations = []
    for child in pages_only:
        locations += re.findall(
            r"<url><loc>http://testserver([^<]+)</loc>", client.get(child).content.decode()
        )
    pages = list(Page.objects.live().exclude(depth=1).specific())
    assert len(locations) == len(pages) * len(languages)
    for page in pages:
        for lang in languages:
            assert url_in(page, lang) in locations


def test_home_leads_to_the_project_and_the_library(client):
    explore = element(client.get("/es/"), 'h2:-soup-contains("Explorar") + ul')
    links = [link["href"] for link in explore.select("a[href]")]
    assert "/es/sobre-el-proyecto/" in links
    assert "/es/buenas-practicas/" in links


def test_a_page_added_under_another_is_listed_there_in_the_readers_language(
    client, django_capture_on_commit_callbacks
):
    about = StandardPage.objects.get(slug_en="about")
    with django_capture_on_commit_callbacks(execute=True):
        added = StandardPageFactory(
            parent=about, title="Partners' stories", title_sv="Partnernas berättelser", slug_sv="berattelser"
        )
    assert url_in(added, "sv") == url_in(about, "sv") + "berattelser/"
    assert text_of(client.get(url_in(added, "sv")), "h1") == "Partnernas berättelser"
    for lang, title in (("sv", "Partnernas berättelser"), ("fr", "Partners' stories")):
        section = element(client.get(url_in(about, lang)), 'section[aria-labelledby="children-heading"]')
        links = {link.get_text(strip=True): link["href"] for link in section.select("h3 a")}
        assert links[title] == url_in(added, lang)


def test_a_page_shown_in_menus_joins_the_home_pages_explore_list(client, django_capture_on_commit_callbacks):
    assert "Stories" not in html_of(client.get("/en/")).get_text()
    with django_capture_on_commit_callbacks(execute=True):
        StandardPageFactory(title="Stories", show_in_menus=True)
    explore = element(client.get("/en/"), 'h2:-soup-contains("Explore") + ul')
    assert "Stories" in [link.get_text(strip=True) for link in explore.select("a")]
