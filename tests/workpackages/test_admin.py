"""Staff keep the project's work in the Wagtail admin: only they, with every change in the history."""

import csv
import io

import pytest

from django.contrib.contenttypes.models import ContentType
from django.urls import reverse

from wagtail.models import ModelLogEntry

from apps.workpackages.models import Deliverable, Pilot
from tests.helpers import admin_form_data, html_of, text_of
from tests.partners.factories import PartnerFactory
from tests.users.factories import UserFactory
from tests.workpackages.factories import DeliverableFactory

pytestmark = pytest.mark.django_db

MODELS = ("workpackage", "deliverable", "milestone", "pilot", "mentoringsession", "transferanalysis")


def url(model, view="list", *args):
    return reverse(f"wagtailsnippets_workpackages_{model}:{view}", args=args)


def d52():
    return Deliverable.objects.get(code="D5.2")


def test_the_public_and_partners_get_no_admin_and_cannot_change_a_record(client):
    edit = url("deliverable", "edit", d52().pk)
    for user in (None, PartnerFactory()):
        if user is not None:
            client.force_login(user)
        for model in MODELS:
            response = client.get(url(model))
            assert response.status_code == 302, model
            assert response["Location"].startswith("/admin/login/")
        response = client.post(edit, {"code": "D5.9", "title_en": "Taken over", "status": "accepted"})
        assert response.status_code == 302
    assert (d52().code, d52().title_en, d52().status) == (
        "D5.2",
        "National CCSI strategies and action plans",
        "",
    )


def test_staff_list_filter_and_search_every_kind_of_record(client):
    client.force_login(UserFactory(superuser=True))
    DeliverableFactory(code="D5.3", is_public=False, title="Regional roadmap", status="accepted")
    for model in MODELS:
        assert client.get(url(model)).status_code == 200, model
    listing = client.get(url("deliverable"), {"status": "accepted"}).content.decode()
    assert "Regional roadmap" in listing and "National CCSI strategies" not in listing
    listing = client.get(url("deliverable"), {"q": "roadmap"}).content.decode()
    assert "Regional roadmap" in listing and "National CCSI strategies" not in listing
    assert "Pilot in Latvia" in client.get(url("pilot"), {"country": "LV"}).content.decode()


def test_staff_export_deliverables_as_csv(client):
    client.force_login(UserFactory(superuser=True))
    response = client.get(url("deliverable"), {"export": "csv"})
    assert response.status_code == 200
    assert 'filename="deliverables.csv"' in response["Content-Disposition"]
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    assert rows[0][:3] == ["Code", "Title", "Work package"]
    assert rows[1][:3] == ["D5.2", "National CCSI strategies and action plans", "WP5"]


def test_the_edit_form_has_one_tab_per_language(client):
    client.force_login(UserFactory(superuser=True))
    form = html_of(client.get(url("workpackage", "edit", d52().work_package_id)))
    tabs = [tab.find(string=True, recursive=False).strip() for tab in form.select('[role="tab"]')]
    assert tabs == ["Work package", "Swedish", "Latvian", "Spanish", "French", "English"]
    assert form.select_one('[name="objectives_lv"]') is not None


def test_an_admin_edit_is_in_the_history_with_its_author_and_its_changed_field(client):
    editor = UserFactory(superuser=True)
    client.force_login(editor)
    record = d52()
    revisions_before = record.revisions.count()
    edit = url("deliverable", "edit", record.pk)
    data = admin_form_data(client.get(edit), "#w-editor-form")
    data["status"] = ["submitted"]
    response = client.post(edit, data)
    assert response.status_code == 302, text_of(response, ".messages, .error-message, form")
    assert d52().status == "submitted"

    entry = ModelLogEntry.objects.filter(
        content_type=ContentType.objects.get_for_model(Deliverable), object_id=str(record.pk)
    ).latest("timestamp")
    assert (entry.action, entry.user) == ("wagtail.edit", editor)
    record.refresh_from_db()
    assert record.revisions.count() == revisions_before + 1
    latest, previous = record.revisions.order_by("-created_at", "-pk")[:2]
    assert latest.user == editor

    history = client.get(url("deliverable", "history", record.pk))
    assert editor.get_full_name() in history.content.decode() or editor.email in history.content.decode()
    compare = reverse(
        "wagtailsnippets_workpackages_deliverable:revisions_compare",
        kwargs={"pk": record.pk, "revision_id_a": previous.pk, "revision_id_b": latest.pk},
    )
    comparison = html_of(client.get(compare))
    changes = {
        row.select_one("td.title").get_text(strip=True): " ".join(
            row.select_one("td.comparison").get_text(" ").split()
        )
        for row in comparison.select("tbody tr")
    }
    # Only what the editor changed is compared: the status, from not given to submitted.
    assert list(changes) == ["Status:"]
    assert "Submitted" in changes["Status:"]


def test_staff_are_told_why_a_fact_the_sources_do_not_give_stays_empty(client):
    """Readers see "To be announced" for these; the form tells staff that empty is the honest value."""
    client.force_login(UserFactory(superuser=True))
    pilot = Pilot.objects.order_by("pk").first()
    pages = {
        "workpackage": (
            d52().work_package_id,
            ("lead_partner", "supporting_partner", "start_month", "end_month"),
        ),
        "deliverable": (d52().pk, ("due_date",)),
        "pilot": (pilot.pk, ("mentor_organisation", "mentee_organisation")),
    }
    for model, (pk, fields) in pages.items():
        form = html_of(client.get(url(model, "edit", pk)))
        for field in fields:
            wrapper = form.select_one(f'[data-field-wrapper]:has([name="{field}"])')
            assert wrapper is not None, (model, field)
            assert "To be announced" in wrapper.get_text(), (model, field)
