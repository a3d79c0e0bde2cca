"""Readers find the subscription to new cases from every page and from the library."""

import pytest

from django.urls import reverse
from django.utils import translation

from apps.practices.models import PracticeIndexPage, PracticePage
from apps.site.models import HomePage
from tests.helpers import element, url_in

pytestmark = pytest.mark.django_db


def url_of(name: str, language: str) -> str:
    with translation.override(language):
        return reverse(name)


def subscribe_url(language: str) -> str:
    return url_of("notifications:subscribe", language)


@pytest.mark.parametrize("language", ["en", "sv", "lv", "es", "fr"])
def test_every_page_footer_links_the_subscription(client, language):
    pages = [
        url_in(HomePage.objects.get(), language),
        url_in(PracticeIndexPage.objects.get(), language),
        url_in(PracticePage.objects.live().first(), language),
        url_of("account:login", language),
    ]
    for url in pages:
        footer = element(client.get(url), "footer.site-footer")
        assert footer.select(f'a[href="{subscribe_url(language)}"]'), url


def test_the_library_links_the_subscription_beside_its_feed(client):
    library = element(client.get(url_in(PracticeIndexPage.objects.get(), "fr")), "main")
    link = element(library, f'a[href="{subscribe_url("fr")}"]')
    assert link.get_text() == "Nouveaux cas par e-mail"
    assert client.get(link["href"]).status_code == 200
