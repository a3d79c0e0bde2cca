"""The partners' pages on the web front door: the permission matrix, attachments, stale edits."""

import io
import zipfile

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from apps.mapping import services
from apps.mapping.models import Attachment, EntryStatus, MappingEntry
from apps.mapping.selectors import criteria_of, current_grid
from tests.mapping.factories import ENTRY_DATA, MappingEntryFactory, ReviewerFactory
from tests.partners.factories import OrganisationFactory, PartnerFactory

pytestmark = pytest.mark.django_db

PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def upload(name, content, content_type="application/pdf"):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content, content_type=content_type)


@pytest.fixture
def world(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    org_a, org_b = OrganisationFactory(country="LV"), OrganisationFactory(country="SE")
    partner_a, partner_b, staff = (
        PartnerFactory(organisation=org_a),
        PartnerFactory(organisation=org_b),
        ReviewerFactory(),
    )
    draft = MappingEntryFactory(user=partner_a, organisation=org_a)
    services.attachment_add(entry=draft, user=partner_a, upload=upload("plan.pdf", PDF))
    submitted = MappingEntryFactory(user=partner_a, organisation=org_a, title="In review")
    services.entry_transition(entry=submitted, user=partner_a, action="submit")
    return {
        "org_a": org_a,
        "anonymous": None,
        "partner_a": partner_a,
        "partner_b": partner_b,
        "staff": staff,
        "draft": draft,
        "submitted": MappingEntry.objects.get(pk=submitted.pk),
        "attachment": draft.attachments.get(),
    }


def client_for(client, world, role):
    if world[role] is not None:
        client.force_login(world[role])
    return client


def edit_post(entry, **changes):
    data = {
        **ENTRY_DATA,
        "links": "\n".join(ENTRY_DATA["links"]),
        "edit_version": entry.edit_version,
        "save": "",
    }
    data.update(changes)
    return data


# The permission matrix: every role against every action, on the public site and the admin.
MATRIX = {
    # role:        list, view draft, edit, submit, review, download
    "anonymous": ("login", "login", "login", "login", "login", "deny"),
    "partner_a": ("ok", "ok", "ok", "ok", "deny", "ok"),
    "partner_b": ("ok-without", "deny", "deny", "deny", "deny", "deny"),
    "staff": ("ok-without", "ok", "deny", "deny", "ok", "ok"),
}


@pytest.mark.parametrize("role", list(MATRIX))
def test_the_permission_matrix(client, world, role):
    client = client_for(client, world, role)
    draft, submitted = world["draft"], world["submitted"]
    expected = dict(zip(["list", "view", "edit", "submit", "review", "download"], MATRIX[role], strict=True))

    response = client.get(reverse("mapping:entries"))
    if expected["list"] == "login":
        assert response.status_code == 302 and "/account/" in response["Location"]
    else:
        assert response.status_code == 200
        assert (draft.title in response.content.decode()) is (expected["list"] == "ok")

    response = client.get(reverse("mapping:entry", args=[draft.pk]))
    assert _outcome(response) == expected["view"]

    response = client.post(reverse("mapping:entry_edit", args=[draft.pk]), edit_post(draft, title="Changed"))
    assert _outcome(response, success=302) == expected["edit"]
    changed = MappingEntry.objects.get(pk=draft.pk).title == "Changed"
    assert changed is (expected["edit"] == "ok")

    response = client.post(reverse("mapping:entry_submit", args=[draft.pk]))
    assert _outcome(response, success=302) == expected["submit"]
    assert (MappingEntry.objects.get(pk=draft.pk).status == EntryStatus.SUBMITTED) is (
        expected["submit"] == "ok"
    )

    response = client.post(
        reverse("mapping_review", args=[submitted.pk]), {"action": "approve", "comment": ""}
    )
    if expected["review"] == "login":
        assert response.status_code == 302 and "login" in response["Location"]
    elif expected["review"] == "ok":
        assert response.status_code == 302
    else:
        assert response.status_code in (302, 403)
    approved = MappingEntry.objects.get(pk=submitted.pk).status == EntryStatus.APPROVED
    assert approved is (expected["review"] == "ok")

    response = client.get(reverse("mapping:attachment", args=[world["attachment"].pk]))
    if expected["download"] == "ok":
        assert response.status_code == 200
        assert response["Content-Disposition"].startswith("attachment")
        assert b"".join(response.streaming_content) == PDF
    else:
        assert response.status_code in (403, 404)


def _outcome(response, success=200):
    if response.status_code == 302 and "/account/" in response["Location"]:
        return "login"
    if response.status_code in (403, 404):
        return "deny"
    assert response.status_code == success, response.status_code
    return "ok"


def test_a_partner_creates_a_draft_with_a_file_then_submits(client, settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    org = OrganisationFactory(country="LV")
    partner = PartnerFactory(organisation=org)
    client.force_login(partner)
    data = {**ENTRY_DATA, "organisation": org.pk, "links": "https://example.org/a", "save": ""}
    data["new_files"] = [upload("report.pdf", PDF)]
    response = client.post(reverse("mapping:entry_create", args=["initiative"]), data)
    assert response.status_code == 302
    entry = MappingEntry.objects.get(organisation=org)
    assert entry.status == EntryStatus.DRAFT
    assert entry.links == ["https://example.org/a"]
    assert [a.name for a in entry.attachments.all()] == ["report.pdf"]
    assert (tmp_path / entry.attachments.get().file.name).read_bytes() == PDF
    response = client.post(reverse("mapping:entry_submit", args=[entry.pk]))
    entry.refresh_from_db()
    assert entry.status == EntryStatus.SUBMITTED


def test_a_partner_withdraws_an_entry_in_review_and_edits_it_again(client, world):
    submitted = world["submitted"]
    client.force_login(world["partner_b"])
    assert client.post(reverse("mapping:entry_withdraw", args=[submitted.pk])).status_code == 404
    client.force_login(world["partner_a"])
    page = BeautifulSoup(client.get(reverse("mapping:entry", args=[submitted.pk])).content, "html.parser")
    assert page.select_one(f"form[action='{reverse('mapping:entry_withdraw', args=[submitted.pk])}'] button")
    response = client.post(reverse("mapping:entry_withdraw", args=[submitted.pk]), follow=True)
    submitted.refresh_from_db()
    assert submitted.status == EntryStatus.DRAFT
    assert "withdrawn" in response.content.decode()
    page = BeautifulSoup(response.content, "html.parser")
    assert page.select_one(f"a[href='{reverse('mapping:entry_edit', args=[submitted.pk])}']")


def _docx_lookalike_zip():
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("readme.txt", "not a document")
    return buffer.getvalue()


@pytest.mark.parametrize(
    "name, content",
    [
        ("tool.pdf", b"\x7fELF\x02\x01\x01" + b"\x00" * 200),
        ("page.pdf", b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"),
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>'),
        ("big.pdf", PDF + b"0" * (11 * 1024 * 1024)),
        ("notes.docx", _docx_lookalike_zip()),
    ],
)
def test_a_refused_file_keeps_the_rest_of_the_form(client, settings, tmp_path, name, content):
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    org = OrganisationFactory(country="LV")
    client.force_login(PartnerFactory(organisation=org))
    data = {**ENTRY_DATA, "organisation": org.pk, "links": "https://example.org/a", "save": ""}
    data["new_files"] = [upload(name, content)]
    response = client.post(reverse("mapping:entry_create", args=["actor"]), data)
    assert response.status_code == 200
    page = response.content.decode()
    assert name in page  # the message names the file
    assert ENTRY_DATA["strengths"] in page and ENTRY_DATA["title"] in page
    assert not MappingEntry.objects.exists()
    assert not Attachment.objects.exists()


def test_two_refused_files_are_two_messages_under_the_one_id_the_field_names(client, settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    org = OrganisationFactory(country="LV")
    client.force_login(PartnerFactory(organisation=org))
    data = {**ENTRY_DATA, "organisation": org.pk, "links": "https://example.org/a", "save": ""}
    data["new_files"] = [
        upload("tool.pdf", b"\x7fELF\x02" + b"\x00" * 200),
        upload("page.pdf", b"<html></html>"),
    ]
    page = BeautifulSoup(
        client.post(reverse("mapping:entry_create", args=["actor"]), data).content, "html.parser"
    )
    field = page.find(id="id_new_files")
    described = field["aria-describedby"].split()
    assert "id_new_files_error" in described
    [errors] = page.find_all(id="id_new_files_error")  # one element, so ids stay unique
    messages = errors.find_all("p")
    assert len(messages) == 2 and "tool.pdf" in messages[0].text and "page.pdf" in messages[1].text


def test_a_stale_edit_is_refused_on_the_web_and_shows_the_other_version(client, world):
    draft = world["draft"]
    opened = draft.edit_version
    colleague = PartnerFactory(organisation=world["org_a"])
    services.entry_update(
        entry=draft, user=colleague, data={"strengths": "Colleague's strengths."}, edit_version=opened
    )
    client.force_login(world["partner_a"])
    response = client.post(
        reverse("mapping:entry_edit", args=[draft.pk]),
        edit_post(draft, strengths="My strengths.", edit_version=opened),
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "Colleague&#x27;s strengths." in page  # the saved version, shown
    assert "My strengths." in page  # what was typed, kept
    assert MappingEntry.objects.get(pk=draft.pk).strengths == "Colleague's strengths."


def test_validation_messages_come_in_the_readers_language(client, world):
    client.force_login(world["partner_a"])
    response = client.post(
        f"/lv/kartesana/ieraksti/{world['draft'].pk}/labot/",
        edit_post(world["draft"], title="", links="not a link"),
    )
    assert response.status_code == 200
    page = response.content.decode()
    assert "This field is required." not in page
    assert "Šis lauks ir nepieciešams" in page


def test_no_entry_form_input_gives_a_server_error(client, settings, tmp_path):
    from hypothesis import HealthCheck, given
    from hypothesis import settings as hypothesis_settings
    from hypothesis import strategies as st

    settings.PRIVATE_MEDIA_ROOT = tmp_path
    org = OrganisationFactory(country="LV")
    client.force_login(PartnerFactory(organisation=org))
    criteria = list(criteria_of(current_grid()))
    text = st.text(max_size=300)
    fields = st.fixed_dictionaries(
        {
            "title": text,
            "country": st.one_of(st.sampled_from(["LV", "SE", "XX", ""]), text),
            "language": st.one_of(st.sampled_from(["lv", "en", "zz"]), text),
            "description": text,
            "links": st.one_of(text, st.just("https://example.org\njavascript:alert(1)")),
            "organisation": st.one_of(st.just(str(org.pk)), st.integers().map(str), text),
            f"score_{criteria[0].pk}": st.one_of(st.integers(-3, 9).map(str), text),
            "edit_version": st.one_of(st.integers().map(str), text),
        }
    )

    @hypothesis_settings(
        max_examples=40,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(data=fields, submit=st.booleans())
    def answers_without_a_server_error(data, submit):
        data = dict(data)
        data["submit" if submit else "save"] = ""
        response = client.post(reverse("mapping:entry_create", args=["assessment"]), data)
        assert response.status_code in (200, 302), response.status_code

    answers_without_a_server_error()
