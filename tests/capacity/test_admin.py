"""Staff keep WP4's records in the Wagtail admin: only they, with every change in the history."""

import csv
import io

import pytest

from django.contrib.contenttypes.models import ContentType
from django.core.management import call_command
from django.urls import reverse

from wagtail.models import ModelLogEntry

from apps.capacity.models import HubItem, ThematicSelection
from tests.capacity.factories import HubItemFactory, ThematicSelectionFactory
from tests.helpers import admin_form_data, html_of, text_of
from tests.partners.factories import PartnerFactory
from tests.users.factories import UserFactory
from tests.vocabulary.factories import ThemeFactory

pytestmark = pytest.mark.django_db


def url(model, view="list", *args):
    return reverse(f"wagtailsnippets_capacity_{model}:{view}", args=args)


def test_the_public_and_partners_get_no_admin_and_cannot_change_an_item(client):
    item = HubItemFactory(slug="canvas", title="Kept as it is")
    for user in (None, PartnerFactory()):
        if user is not None:
            client.force_login(user)
        for model in ("hubitem", "thematicselection"):
            response = client.get(url(model))
            assert response.status_code == 302, model
            assert response["Location"].startswith("/admin/login/")
        assert client.post(url("hubitem", "edit", item.pk), {"title_en": "Taken over"}).status_code == 302
        assert client.post(url("hubitem", "delete", item.pk)).status_code == 302
    item.refresh_from_db()
    assert item.title_en == "Kept as it is"


def test_staff_filter_search_and_export_the_hub(client):
    client.force_login(UserFactory(superuser=True))
    HubItemFactory(slug="canvas", country="LV", language="lv")
    HubItemFactory(slug="mentor", country="SE")
    response = client.get(url("hubitem"), {"country": "LV"})
    assert response.status_code == 200
    titles = [cell.get_text(strip=True) for cell in html_of(response).select("tbody td.title a")][:1] + [
        len(html_of(response).select("tbody tr"))
    ]
    assert titles == ["Canvas", 1]
    response = client.get(url("hubitem"), {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert len(rows) == 1 + HubItem.objects.count()


def test_an_edit_of_an_item_is_in_its_history_and_reaches_the_search(
    client, django_capture_on_commit_callbacks
):
    editor = UserFactory(superuser=True)
    client.force_login(editor)
    item = HubItemFactory(slug="canvas", title="Canvas")
    edit = url("hubitem", "edit", item.pk)
    data = admin_form_data(client.get(edit), "#w-editor-form")
    data["title_sv"] = ["Affärsmodellkanvas"]
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(edit, data)
    assert response.status_code == 302, text_of(response, ".messages, .error-message, form")
    item.refresh_from_db()
    assert item.title_sv == "Affärsmodellkanvas"
    assert item.revisions.get().user == editor
    entry = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(HubItem), object_id=str(item.pk)
    ).latest("timestamp")
    assert (entry.action, entry.user) == ("wagtail.edit", editor)
    assert (
        "affärsmodellkanvas"
        in client.get("/sv/kunskapsnav/", {"q": "affärsmodellkanvas"}).content.decode().lower()
    )
    # Staff find it by its Swedish title from the admin in English, too.
    found = html_of(client.get(url("hubitem"), {"q": "Affärsmodellkanvas"}))
    assert len(found.select("tbody tr")) == 1
    assert found.select_one("tbody td.title a").get_text(strip=True) == "Canvas"


def test_staff_give_a_country_its_four_areas_and_no_more(client):
    client.force_login(UserFactory(superuser=True))
    themes = [ThemeFactory(code=f"t{n}", name=f"T{n}") for n in range(4)]
    chosen = ThematicSelectionFactory(country="ES", themes=themes)
    response = client.get(url("thematicselection", "edit", chosen.pk))
    assert response.status_code == 200
    form = admin_form_data(response, "#w-editor-form")
    assert form["areas-MAX_NUM_FORMS"] == ["4"]


def test_seed_demo_adds_and_removes_hub_items_and_areas():
    for n in range(4):
        ThemeFactory(code=f"demo-{n}", name=f"Demo {n}")
    call_command("seed_demo", "--hub-items", "30", stdout=io.StringIO())
    assert HubItem.objects.filter(is_demo=True, is_public=True).count() == 30
    assert ThematicSelection.objects.filter(is_demo=True).count() == 4
    assert set(HubItem.objects.filter(is_demo=True).values_list("language", flat=True)) == {
        "sv",
        "lv",
        "es",
        "fr",
        "en",
    }
    call_command("seed_demo", "--remove", stdout=io.StringIO())
    assert not HubItem.objects.filter(is_demo=True).exists()
    assert not ThematicSelection.objects.filter(is_demo=True).exists()
