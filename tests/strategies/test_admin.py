"""Staff keep the strategies in the Wagtail admin: only they, with every change in the history."""

import csv
import io

import pytest

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from wagtail.models import ModelLogEntry

from apps.strategies.models import ActionItem, Strategy
from apps.vocabulary.models import SupportArea
from tests.helpers import admin_form_data, html_of, text_of
from tests.partners.factories import PartnerFactory
from tests.strategies.factories import (
    ActionItemFactory,
    ActionPlanFactory,
    DesignCriterionFactory,
    StrategyFactory,
)
from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db

MODELS = ("designcriterion", "strategy", "actionplan", "actionitem")


def url(model, view="list", *args):
    return reverse(f"wagtailsnippets_strategies_{model}:{view}", args=args)


def test_the_public_and_partners_get_no_admin_and_cannot_change_a_record(client):
    record = StrategyFactory(country="LV", adopted=False, vision="Kept as it is")
    action = ActionItemFactory(plan=ActionPlanFactory(strategy=record), progress=10)
    for user in (None, PartnerFactory()):
        if user is not None:
            client.force_login(user)
        for model in MODELS:
            response = client.get(url(model))
            assert response.status_code == 302, model
            assert response["Location"].startswith("/admin/login/")
        response = client.post(
            url("strategy", "edit", record.pk),
            {"country": "LV", "version": "1", "status": "adopted", "vision_en": "Taken over"},
        )
        assert response.status_code == 302
        response = client.post(url("actionitem", "edit", action.pk), {"progress": "100", "status": "done"})
        assert response.status_code == 302
        assert client.post(url("strategy", "delete", record.pk)).status_code == 302
    record.refresh_from_db()
    action.refresh_from_db()
    assert (record.status, record.vision_en) == ("draft", "Kept as it is")
    assert (action.status, action.progress) == ("not_started", 10)


def test_staff_list_filter_search_and_export(client):
    client.force_login(UserFactory(superuser=True))
    StrategyFactory(country="SE", vision="A Swedish centre")
    StrategyFactory(country="FR", adopted=False, vision="A French centre")
    for model in MODELS:
        assert client.get(url(model)).status_code == 200, model
    listing = client.get(url("strategy"), {"country": "SE"}).content.decode()
    assert "Sweden strategy, version 1" in listing and "France strategy" not in listing
    listing = client.get(url("strategy"), {"status": "draft"}).content.decode()
    assert "France strategy, version 1" in listing and "Sweden strategy" not in listing
    listing = client.get(url("strategy"), {"q": "Swedish"}).content.decode()
    assert "Sweden strategy, version 1" in listing and "France strategy" not in listing

    response = client.get(url("strategy"), {"export": "csv"})
    assert 'filename="strategies.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0][:3] == ["Country", "Version", "Status"]
    assert sorted(row[:3] for row in rows[1:]) == [["FR", "1", "draft"], ["SE", "1", "adopted"]]


def test_staff_filter_action_items_by_country_and_status_and_export_them(client):
    client.force_login(UserFactory(superuser=True))
    ActionItemFactory(
        plan__strategy__country="SE", title="Open the Malmö hub", status="in_progress", progress=30
    )
    ActionItemFactory(
        plan__strategy__country="LV", title="Draft the Riga statutes", status="done", progress=100
    )
    listing = client.get(url("actionitem"), {"plan__strategy__country": "LV"}).content.decode()
    assert "Draft the Riga statutes" in listing and "Open the Malmö hub" not in listing
    listing = client.get(url("actionitem"), {"status": "in_progress"}).content.decode()
    assert "Open the Malmö hub" in listing and "Draft the Riga statutes" not in listing
    response = client.get(url("actionitem"), {"export": "csv"})
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0][:2] == ["Action plan", "Title"]
    assert sorted((row[1], row[4], row[5]) for row in rows[1:]) == [
        ("Draft the Riga statutes", "done", "100"),
        ("Open the Malmö hub", "in_progress", "30"),
    ]


def test_the_edit_form_has_one_tab_per_language(client):
    client.force_login(UserFactory(superuser=True))
    form = html_of(client.get(url("strategy", "edit", StrategyFactory(country="ES").pk)))
    tabs = [tab.find(string=True, recursive=False).strip() for tab in form.select('[role="tab"]')]
    assert tabs == ["Strategy", "Swedish", "Latvian", "Spanish", "French", "English", "Criteria and services"]
    assert form.select_one('[name="funding_model_lv"]') is not None


def test_staff_cannot_save_progress_over_100(client):
    client.force_login(UserFactory(superuser=True))
    action = ActionItemFactory(progress=10)
    edit = url("actionitem", "edit", action.pk)
    data = admin_form_data(client.get(edit), "#w-editor-form")
    data["progress"] = ["140"]
    response = client.post(edit, data)
    assert response.status_code == 200
    action.refresh_from_db()
    assert action.progress == 10


def test_an_admin_edit_is_in_the_history_with_its_changed_field(client):
    editor = UserFactory(superuser=True)
    client.force_login(editor)
    record = StrategyFactory(country="LV", adopted=False)
    edit = url("strategy", "edit", record.pk)
    # A first save through the form, as staff make it, so the comparison shows one edit only.
    assert client.post(edit, admin_form_data(client.get(edit), "#w-editor-form")).status_code == 302
    data = admin_form_data(client.get(edit), "#w-editor-form")
    data["status"] = ["adopted"]
    data["adopted_on"] = ["2024-09-01"]
    response = client.post(edit, data)
    assert response.status_code == 302, text_of(response, ".messages, .error-message, form")
    record.refresh_from_db()
    assert record.status == Strategy.Status.ADOPTED

    entry = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Strategy), object_id=str(record.pk)
    ).latest("timestamp")
    assert (entry.action, entry.user) == ("wagtail.edit", editor)
    latest, previous = record.revisions.order_by("-created_at", "-pk")[:2]
    assert latest.user == editor
    compare = reverse(
        "wagtailsnippets_strategies_strategy:revisions_compare",
        kwargs={"pk": record.pk, "revision_id_a": previous.pk, "revision_id_b": latest.pk},
    )
    comparison = html_of(client.get(compare))
    changes = {
        row.select_one("td.title").get_text(strip=True): " ".join(
            row.select_one("td.comparison").get_text(" ").split()
        )
        for row in comparison.select("tbody tr")
    }
    assert set(changes) == {"Status:", "Adopted on:"}
    assert "Adopted" in changes["Status:"]


def test_an_action_items_edit_is_in_its_history(client):
    editor = UserFactory(superuser=True)
    client.force_login(editor)
    action = ActionItemFactory(progress=10)
    edit = url("actionitem", "edit", action.pk)
    data = admin_form_data(client.get(edit), "#w-editor-form")
    data["progress"] = ["60"]
    data["status"] = ["in_progress"]
    assert client.post(edit, data).status_code == 302
    action.refresh_from_db()
    assert (action.progress, action.status) == (60, ActionItem.Status.IN_PROGRESS)
    assert action.revisions.get().user == editor
    history = client.get(url("actionitem", "history", action.pk)).content.decode()
    assert editor.email in history or editor.get_full_name() in history


def test_staff_add_an_adopted_strategy_with_its_criteria_and_services(client):
    client.force_login(UserFactory(superuser=True))
    criterion = DesignCriterionFactory(name="Independent governance")
    area = SupportArea.objects.order_by("number").first()
    add = url("strategy", "add")
    data = admin_form_data(client.get(add), "#w-editor-form")
    data.update(
        {
            "country": ["ES"],
            "version": ["2"],
            "status": ["adopted"],
            "adopted_on": ["2025-03-10"],
            "is_public": ["on"],
            "vision_en": ["A national centre"],
            "vision_es": ["Un centro nacional"],
            "criteria-TOTAL_FORMS": ["1"],
            "criteria-0-criterion": [str(criterion.pk)],
            "criteria-0-text_en": ["A board of the four sectors"],
            "criteria-0-ORDER": ["1"],
            "services-TOTAL_FORMS": ["1"],
            "services-0-support_area": [str(area.pk)],
            "services-0-description_en": ["Support to scale up projects"],
            "services-0-ORDER": ["1"],
        }
    )
    response = client.post(add, data)
    assert response.status_code == 302, text_of(response, ".messages, .error-message, form")
    made = Strategy.objects.get(country="ES", version=2)
    assert (made.vision_en, made.vision_es) == ("A national centre", "Un centro nacional")
    assert [(answer.criterion, answer.text_en) for answer in made.criteria.all()] == [
        (criterion, "A board of the four sectors")
    ]
    assert [(service.support_area, service.description_en) for service in made.services.all()] == [
        (area, "Support to scale up projects")
    ]
    client.logout()
    page = html_of(client.get("/es/estrategias-nacionales/es/"))
    assert "Un centro nacional" in page.get_text()
    assert "Independent governance" in page.select_one(".strategy__criteria").get_text()
