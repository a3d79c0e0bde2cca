"""`{% slot %}`: a page of a lower layer shows what the apps above it declare for a slot."""

from pathlib import Path

import pytest

from django.conf import settings
from django.template import Context, Template
from django.urls import reverse
from django.utils import translation

from apps.core.templatetags.slots import slot_templates
from apps.practices.models import CountryPage, PracticeIndexPage

pytestmark = pytest.mark.django_db

COUNTRY_ACTIONS = "practices.country.actions"


def render(source: str, **context) -> str:
    return Template("{% load slots %}" + source).render(Context(context))


def test_a_slot_renders_each_template_an_app_declares_for_it_with_the_context_and_values():
    assert "reports/includes/compendium_link.html" in slot_templates(COUNTRY_ACTIONS)
    with translation.override("en"):
        html = render('{% slot "practices.country.actions" country=code %}', code="SE")
        assert reverse("reports:compendium", args=["se"]) in html
    # The values given to the slot are the slot's own: the context after it is as before.
    assert render('{% slot "practices.country.actions" country="LV" %}{{ country }}', country="ES").endswith(
        "ES"
    )


def test_a_slot_no_app_fills_renders_nothing():
    assert slot_templates("practices.no.such.slot") == []
    assert render('<p>{% slot "practices.no.such.slot" country="SE" %}</p>') == "<p></p>"


def test_the_country_page_still_offers_the_country_compendium(client):
    page = CountryPage.objects.live().filter(country="SE").first() or CountryPage.objects.live().first()
    with translation.override("en"):
        url = page.get_url()
        compendium = reverse("reports:compendium", args=[page.country.lower()])
    response = client.get(url)
    assert response.status_code == 200
    assert compendium in response.content.decode()


def test_the_library_still_offers_new_cases_by_e_mail(client):
    page = PracticeIndexPage.objects.live().first()
    with translation.override("en"):
        url = page.get_url()
        subscribe = reverse("notifications:subscribe")
    response = client.get(url)
    assert response.status_code == 200
    assert f'href="{subscribe}"' in response.content.decode()


def test_the_library_templates_name_no_template_or_url_of_the_reports():
    templates = Path(settings.BASE_DIR) / "templates" / "practices"
    for path in templates.rglob("*.html"):
        text = path.read_text()
        assert "reports/" not in text, path
        assert "reports:" not in text, path
        assert "notifications:" not in text, path
