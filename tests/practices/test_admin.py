"""Editors change a case in the Wagtail admin, and readers see the change at once."""

import pytest

from django.test import Client

from tests.helpers import admin_form_data, html_of, text_of, url_in

from .helpers import card_titles

pytestmark = pytest.mark.django_db

LISTING = "/en/best-practices/"


def test_an_editor_renames_a_case_and_readers_see_it_on_its_page_and_in_the_listing(
    admin_client, case, page_cache, django_capture_on_commit_callbacks
):
    reader = Client()
    english, swedish = url_in(case, "en"), url_in(case, "sv")
    for url in (english, swedish, LISTING):
        assert reader.get(url)["X-Page-Cache"] == "miss"
        assert reader.get(url)["X-Page-Cache"] == "hit"

    edit = f"/admin/pages/{case.pk}/edit/"
    data = admin_form_data(admin_client.get(edit))
    assert data["title_en"] == ["Shared Harbour Kitchen"]
    data["title_en"] = ["Harbour Kitchen for Newcomers"]
    data["summary_en"] = ["Newcomers cook and serve lunch in the harbour, paid and trained."]
    data["action-publish"] = ["action-publish"]
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(edit, data)
    assert response.status_code == 302, text_of(response, ".messages, .error-message, form")

    page = reader.get(english)
    assert page["X-Page-Cache"] == "miss"
    assert text_of(page, "h1") == "Harbour Kitchen for Newcomers"
    assert "Newcomers cook and serve lunch in the harbour" in html_of(page).get_text()
    listing = reader.get(LISTING)
    assert "Harbour Kitchen for Newcomers" in card_titles(listing)
    assert "Shared Harbour Kitchen" not in card_titles(listing)

    # Only English changed: the Swedish page keeps its title.
    assert text_of(reader.get(swedish), "h1") == "Shared Harbour Kitchen"
