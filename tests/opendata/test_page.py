"""The "Open data" page: in the menu in five languages, with every file, the API's docs and the licence."""

import pytest

from apps.core.i18n import LANGUAGE_CODES
from apps.opendata.datasets import DATASETS, FORMATS
from apps.opendata.metadata import file_path
from apps.opendata.models import OpenDataPage
from apps.opendata.services import opendata_load
from tests.helpers import element, html_of, url_in

pytestmark = pytest.mark.django_db


def open_data_page() -> OpenDataPage:
    return OpenDataPage.objects.live().get()


def test_the_load_made_the_page_below_home_in_the_menu_and_a_second_run_changes_nothing():
    page = open_data_page()
    assert page.show_in_menus
    assert page.get_parent().specific_class.__name__ == "HomePage"
    revisions = page.revisions.count()
    opendata_load()
    assert page.revisions.count() == revisions
    assert {page.slug_sv, page.slug_lv, page.slug_es, page.slug_fr} == {
        "oppna-data",
        "atvertie-dati",
        "datos-abiertos",
        "donnees-ouvertes",
    }


def test_the_page_renders_in_every_language_with_its_links(client):
    for language in LANGUAGE_CODES:
        url = url_in(open_data_page(), language)
        response = client.get(url)
        assert response.status_code == 200
        page = html_of(response)
        assert page.find("h1").get_text(strip=True) == getattr(open_data_page(), f"title_{language}")
        assert element(page, f'.main-nav a[href="{url}"]'), "the page is in the menu"
        for dataset in DATASETS:
            for code in LANGUAGE_CODES:
                for extension in FORMATS:
                    assert element(page, f'a[href="{file_path(dataset, code, extension)}"]')
        for href in (
            "/api/v1/docs/",
            "/api/v1/redoc/",
            "/api/v1/schema/",
            "/api/v1/datapackage.json",
            "/api/v1/catalog.jsonld",
            "https://creativecommons.org/licenses/by/4.0/",
        ):
            assert element(page, f'a[href="{href}"]')


def test_the_page_is_translated(client):
    swedish = html_of(client.get(url_in(open_data_page(), "sv")))
    assert "Licens och källa" in swedish.get_text()
    french = html_of(client.get(url_in(open_data_page(), "fr")))
    assert "Licence et source" in french.get_text()
