"""Every page's title names the page, then the site, once; and every page has an icon."""

import pytest

from django.contrib.staticfiles import finders
from django.urls import reverse
from django.utils import translation

from apps.site.models import HomePage
from tests.helpers import element, url_in

pytestmark = pytest.mark.django_db

SITE_NAME = {
    "en": "Competence Centre for Social Innovation",
    "sv": "Kompetenscentrum för social innovation",
    "lv": "Sociālās inovācijas kompetences centrs",
    "es": "Centro de Competencia para la Innovación Social",
    "fr": "Centre de compétences pour l'innovation sociale",
}


def title_of(response) -> str:
    return element(response, "head title").get_text()


@pytest.mark.parametrize("language", SITE_NAME)
def test_the_home_page_title_is_the_site_name_once(client, language):
    home = HomePage.objects.get()
    assert title_of(client.get(url_in(home, language))) == SITE_NAME[language]


def test_a_page_title_is_the_page_then_the_site(client):
    about = HomePage.objects.get().get_children().get(title_en="About the project")
    assert title_of(client.get(url_in(about, "fr"))).endswith(f" — {SITE_NAME['fr']}")
    assert title_of(client.get(url_in(about, "en"))) == f"About the project — {SITE_NAME['en']}"


def test_a_view_of_its_own_keeps_its_title_and_the_site_name(client):
    with translation.override("en"):
        assert title_of(client.get(reverse("account:login"))) == f"Partner sign-in — {SITE_NAME['en']}"
    with translation.override("sv"):
        assert title_of(client.get(reverse("account:login"))).count(SITE_NAME["sv"]) == 1


def test_every_page_links_an_svg_icon_that_exists(client):
    icon = element(client.get("/lv/"), 'head link[rel="icon"]')
    assert icon["type"] == "image/svg+xml"
    assert icon["href"] == "/static/img/favicon.svg"
    path = finders.find("img/favicon.svg")
    assert path and "<svg" in open(path, encoding="utf-8").read()


def test_favicon_ico_is_sent_on_to_the_svg_for_good(client):
    response = client.get("/favicon.ico")
    assert response.status_code == 301
    assert response["Location"] == "/static/img/favicon.svg"
