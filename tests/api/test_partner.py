"""The partners' mapping entries through the API: the same rules, services and rows as the web forms."""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.utils import translation

from apps.api import tokens
from apps.mapping import services
from apps.mapping.models import Attachment, EntryStatus, MappingEntry, Score, Transition
from apps.mapping.selectors import criteria_of, current_grid
from apps.notifications.models import Notification
from tests.mapping.factories import ENTRY_DATA, MappingEntryFactory, ReviewerFactory
from tests.partners.factories import OrganisationFactory, PartnerFactory

pytestmark = pytest.mark.django_db

API = "/api/v1/partner"
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def upload(name="plan.pdf", content=PDF):
    return SimpleUploadedFile(name, content, content_type="application/pdf")


def entry_url(entry, *rest) -> str:
    return "/".join([f"{API}/entries/{entry.pk}", *rest]) + "/"


def attachment_url(attachment, *rest) -> str:
    return "/".join([f"{API}/entries/{attachment.entry_id}/attachments/{attachment.pk}", *rest]) + "/"


class Api:
    """A client of the API as one person, through a token (or anonymous)."""

    def __init__(self, client, user, language="en"):
        self.client = client
        self.headers = {"Accept-Language": language}
        if user is not None:
            _token, key = tokens.token_create(user=user, name="test")
            self.headers["Authorization"] = f"Token {key}"

    def get(self, url, **headers):
        return self.client.get(url, headers={**self.headers, **headers})

    def post(self, url, data=None, **headers):
        return self.client.post(
            url, data or {}, content_type="application/json", headers={**self.headers, **headers}
        )

    def patch(self, url, data, **headers):
        return self.client.patch(
            url, data, content_type="application/json", headers={**self.headers, **headers}
        )

    def upload(self, url, file, **headers):
        return self.client.post(url, {"file": file}, headers={**self.headers, **headers})

    def delete(self, url, **headers):
        return self.client.delete(url, headers={**self.headers, **headers})


@pytest.fixture
def world(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    org_a, org_b = OrganisationFactory(country="LV"), OrganisationFactory(country="SE")
    partner_a, partner_b, reviewer = (
        PartnerFactory(organisation=org_a),
        PartnerFactory(organisation=org_b),
        ReviewerFactory(),
    )
    draft = MappingEntryFactory(user=partner_a, organisation=org_a)
    services.attachment_add(entry=draft, user=partner_a, upload=upload())
    submitted = MappingEntryFactory(user=partner_a, organisation=org_a, title="In review")
    services.entry_transition(entry=submitted, user=partner_a, action="submit")
    return {
        "org_a": org_a,
        "org_b": org_b,
        "anonymous": None,
        "partner_a": partner_a,
        "partner_b": partner_b,
        "reviewer": reviewer,
        "draft": MappingEntry.objects.get(pk=draft.pk),
        "submitted": MappingEntry.objects.get(pk=submitted.pk),
        "attachment": draft.attachments.get(),
    }


# The permission matrix: the web's (tests/mapping/test_views.py) through the API. Another
# organisation's entry or file is 404; a reviewer reads but does not write (403); anonymous 401.
MATRIX = {
    # role:        list, view draft, edit, submit, files, download, remove file
    "anonymous": (401, 401, 401, 401, 401, 401, 401),
    "partner_a": ("own", 200, 200, 200, 200, 200, 204),
    "partner_b": ("none", 404, 404, 404, 404, 404, 404),
    "reviewer": ("none", 200, 403, 403, 200, 200, 403),
}


@pytest.mark.parametrize("role", list(MATRIX))
def test_the_permission_matrix(client, world, role):
    api = Api(client, world[role])
    draft, attachment = world["draft"], world["attachment"]
    expected = dict(
        zip(["list", "view", "edit", "submit", "files", "download", "remove"], MATRIX[role], strict=True)
    )

    response = api.get(f"{API}/entries/")
    if expected["list"] == 401:
        assert response.status_code == 401
    else:
        titles = [entry["title"] for entry in response.json()["results"]]
        assert (draft.title in titles) is (expected["list"] == "own")

    response = api.get(entry_url(draft))
    assert response.status_code == expected["view"]

    response = api.get(entry_url(draft, "attachments"))
    assert response.status_code == expected["files"]
    response = api.get(attachment_url(attachment, "download"))
    assert response.status_code == expected["download"]
    if expected["download"] == 200:
        assert b"".join(response.streaming_content) == PDF
        assert response["Content-Disposition"].startswith("attachment")
        assert "no-store" in response["Cache-Control"]
    else:
        assert response.json()["error"]["status"] == expected["download"]

    response = api.patch(entry_url(draft), {"title": "Changed", "version": draft.edit_version})
    assert response.status_code == expected["edit"]
    assert (MappingEntry.objects.get(pk=draft.pk).title == "Changed") is (expected["edit"] == 200)

    response = api.post(entry_url(draft, "submit"))
    assert response.status_code == expected["submit"]
    submitted = MappingEntry.objects.get(pk=draft.pk).status == EntryStatus.SUBMITTED
    assert submitted is (expected["submit"] == 200)

    # A file of a draft (the submitted draft of partner A cannot lose its files any more).
    other = MappingEntryFactory(user=world["partner_a"], organisation=world["org_a"])
    other_file = services.attachment_add(entry=other, user=world["partner_a"], upload=upload())
    response = api.delete(attachment_url(other_file))
    assert response.status_code == expected["remove"]
    assert Attachment.objects.filter(pk=other_file.pk).exists() is (expected["remove"] != 204)
    if expected["remove"] != 204:
        assert response.json()["error"]["status"] == expected["remove"]


def test_another_organisations_file_is_404_even_under_ones_own_entry(client, world):
    """An attachment is found only below its own entry: B's file under A's entry is not there."""
    b_entry = MappingEntryFactory(user=world["partner_b"], organisation=world["org_b"])
    b_file = services.attachment_add(entry=b_entry, user=world["partner_b"], upload=upload())
    api = Api(client, world["partner_a"])
    response = api.get(f"{API}/entries/{world['draft'].pk}/attachments/{b_file.pk}/download/")
    assert response.status_code == 404
    response = api.delete(f"{API}/entries/{world['draft'].pk}/attachments/{b_file.pk}/")
    assert response.status_code == 404
    assert Attachment.objects.filter(pk=b_file.pk).exists()


def test_an_approved_entry_of_another_organisation_is_404_too(client, world):
    """Approved entries are public as text on the mapping's pages, but not through the partners' door."""
    approved = MappingEntryFactory(
        user=world["partner_b"], organisation=world["org_b"], approved_by=world["reviewer"]
    )
    assert Api(client, world["partner_a"]).get(entry_url(approved)).status_code == 404


def test_create_edit_submit_make_the_rows_the_web_form_makes(
    client, world, django_capture_on_commit_callbacks
):
    api = Api(client, world["partner_a"])
    data = {**ENTRY_DATA, "kind": "initiative", "organisation": world["org_a"].pk}
    response = api.post(f"{API}/entries/", data)
    assert response.status_code == 201, response.json()
    body = response.json()
    entry = MappingEntry.objects.get(pk=body["id"])
    assert response["Location"].endswith(entry_url(entry))
    assert body["version"] == entry.edit_version == 1 and response["ETag"] == '"1"'
    assert body["status"] == "draft" and body["links"] == ENTRY_DATA["links"]
    assert entry.created_by == world["partner_a"] and entry.organisation == world["org_a"]
    assert entry.revisions.count() == 1  # saved as a revision, as entry_create does

    response = api.patch(entry_url(entry), {"strengths": "New strengths."}, **{"If-Match": '"1"'})
    assert response.status_code == 200, response.json()
    entry.refresh_from_db()
    assert entry.strengths == "New strengths." and entry.edit_version == 2
    assert entry.title == ENTRY_DATA["title"]  # what was left out is kept
    assert response["ETag"] == '"2"' and response.json()["version"] == 2
    assert entry.revisions.count() == 2

    with django_capture_on_commit_callbacks(execute=True):
        response = api.post(entry_url(entry, "submit"))
    assert response.status_code == 200
    assert response.json()["status"] == "submitted"
    step = Transition.objects.get(entry=entry)
    assert (step.from_status, step.to_status, step.actor) == ("draft", "submitted", world["partner_a"])
    # The reviewers hear of it through the notifications' outbox, as after the web form.
    outbox = Notification.objects.filter(event_key=f"entry_submitted:{step.pk}")
    assert list(outbox.values_list("email", flat=True)) == [world["reviewer"].email]
    assert response.json()["history"][-1]["to_status"] == "submitted"


def test_an_assessment_is_scored_through_the_api(client, world):
    api = Api(client, world["partner_a"])
    criteria = list(criteria_of(current_grid()))
    scores = [{"criterion": criterion.pk, "score": 4, "comment": "Good."} for criterion in criteria]
    response = api.post(f"{API}/entries/", {**ENTRY_DATA, "kind": "assessment", "scores": scores})
    assert response.status_code == 201, response.json()
    entry = MappingEntry.objects.get(pk=response.json()["id"])
    assert entry.grid == current_grid()
    assert Score.objects.filter(entry=entry, score=4).count() == len(criteria)
    assert [score["score"] for score in response.json()["scores"]] == [4] * len(criteria)
    # A score off the scale, or for a criterion of no grid of the entry's, is refused by the form.
    response = api.patch(
        entry_url(entry),
        {"version": entry.edit_version, "scores": [{"criterion": criteria[0].pk, "score": 9}]},
    )
    assert response.status_code == 400 and "scores" in response.json()["error"]["details"]
    response = api.patch(
        entry_url(entry), {"version": entry.edit_version, "scores": [{"criterion": 0, "score": 3}]}
    )
    assert response.status_code == 400 and "scores" in response.json()["error"]["details"]


def test_a_new_entry_takes_the_web_forms_defaults_and_one_organisation_needs_no_naming(client, world):
    response = Api(client, world["partner_a"], language="lv").post(
        f"{API}/entries/", {"kind": "actor", "title": "Tikai nosaukums"}
    )
    assert response.status_code == 201, response.json()
    entry = MappingEntry.objects.get(pk=response.json()["id"])
    assert (entry.organisation, entry.country, entry.language) == (world["org_a"], "LV", "lv")


def test_an_invalid_entry_is_refused_with_the_forms_messages_in_the_readers_language(client, world):
    api = Api(client, world["partner_a"], language="lv")
    response = api.post(f"{API}/entries/", {"kind": "actor", "title": "", "links": ["not a link"]})
    assert response.status_code == 400
    error = response.json()["error"]
    assert error["code"] == "invalid" and set(error["details"]) >= {"title", "links"}
    with translation.override("lv"):
        assert error["details"]["title"] == [translation.gettext("This field is required.")]
    assert response["Content-Language"] == "lv"
    assert not MappingEntry.objects.filter(title="").exists()


def test_someone_elses_organisation_cannot_be_named_for_a_new_entry(client, world):
    response = Api(client, world["partner_a"]).post(
        f"{API}/entries/", {**ENTRY_DATA, "kind": "actor", "organisation": world["org_b"].pk}
    )
    assert response.status_code == 400 and "organisation" in response.json()["error"]["details"]
    assert not MappingEntry.objects.filter(organisation=world["org_b"]).exists()


def test_a_person_of_no_organisation_may_not_create(client, world):
    response = Api(client, world["reviewer"]).post(f"{API}/entries/", {**ENTRY_DATA, "kind": "actor"})
    assert response.status_code == 403


@pytest.mark.parametrize("how", ["If-Match", "version"])
def test_a_stale_write_is_refused_with_the_current_version_and_nothing_is_overwritten(client, world, how):
    draft = world["draft"]
    opened = draft.edit_version
    colleague = PartnerFactory(organisation=world["org_a"])
    services.entry_update(
        entry=draft, user=colleague, data={"strengths": "Colleague's."}, edit_version=opened
    )
    api = Api(client, world["partner_a"])
    if how == "If-Match":
        response = api.patch(entry_url(draft), {"strengths": "Mine."}, **{"If-Match": f'"{opened}"'})
        assert response.status_code == 412
    else:
        response = api.patch(entry_url(draft), {"strengths": "Mine.", "version": opened})
        assert response.status_code == 409
    error = response.json()["error"]
    assert error["details"] == {"version": opened + 1}
    assert response["ETag"] == f'"{opened + 1}"'
    assert MappingEntry.objects.get(pk=draft.pk).strengths == "Colleague's."
    # With the current version, the change goes through.
    response = api.patch(entry_url(draft), {"strengths": "Mine.", "version": opened + 1})
    assert response.status_code == 200
    assert MappingEntry.objects.get(pk=draft.pk).strengths == "Mine."


def test_a_write_must_name_the_version_it_read(client, world):
    draft = world["draft"]
    response = Api(client, world["partner_a"]).patch(entry_url(draft), {"strengths": "Blind."})
    assert response.status_code == 400 and "version" in response.json()["error"]["details"]
    assert MappingEntry.objects.get(pk=draft.pk).strengths == ENTRY_DATA["strengths"]


def test_a_stale_if_match_stops_a_submission(client, world):
    draft = world["draft"]
    response = Api(client, world["partner_a"]).post(entry_url(draft, "submit"), **{"If-Match": '"999"'})
    assert response.status_code == 412
    assert MappingEntry.objects.get(pk=draft.pk).status == EntryStatus.DRAFT


def test_an_incomplete_entry_is_not_submitted_and_says_why(client, world):
    entry = MappingEntryFactory(user=world["partner_a"], organisation=world["org_a"], description="")
    response = Api(client, world["partner_a"]).post(entry_url(entry, "submit"))
    assert response.status_code == 400
    assert "description" in response.json()["error"]["details"]
    assert MappingEntry.objects.get(pk=entry.pk).status == EntryStatus.DRAFT


def test_an_entry_in_review_cannot_be_changed(client, world):
    submitted = world["submitted"]
    response = Api(client, world["partner_a"]).patch(
        entry_url(submitted), {"title": "Late change", "version": submitted.edit_version}
    )
    assert response.status_code == 400
    assert MappingEntry.objects.get(pk=submitted.pk).title == "In review"


def test_files_are_attached_checked_and_removed_as_on_the_web(client, world):
    draft = world["draft"]
    api = Api(client, world["partner_a"])
    response = api.upload(entry_url(draft, "attachments"), upload("second.pdf", PDF + b"% another\n"))
    assert response.status_code == 201, response.json()
    attachment = Attachment.objects.get(pk=response.json()["id"])
    assert attachment.name == "second.pdf" and attachment.uploaded_by == world["partner_a"]
    assert MappingEntry.objects.get(pk=draft.pk).edit_version == draft.edit_version + 1
    # The same content again: not stored twice.
    response = api.upload(entry_url(draft, "attachments"), upload("again.pdf", PDF + b"% another\n"))
    assert response.status_code == 200 and response.json()["id"] == attachment.pk
    assert draft.attachments.count() == 2
    response = api.get(attachment_url(attachment, "download"))
    assert b"".join(response.streaming_content) == PDF + b"% another\n"
    response = api.delete(attachment_url(attachment))
    assert response.status_code == 204
    assert not Attachment.objects.filter(pk=attachment.pk).exists()


@pytest.mark.parametrize(
    "name, content",
    [
        ("tool.pdf", b"\x7fELF\x02\x01\x01" + b"\x00" * 200),
        ("page.pdf", b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"),
        ("logo.svg", b'<svg xmlns="http://www.w3.org/2000/svg"></svg>'),
    ],
)
def test_a_refused_file_is_a_json_400_that_names_it(client, world, name, content):
    draft = world["draft"]
    response = Api(client, world["partner_a"]).upload(entry_url(draft, "attachments"), upload(name, content))
    assert response.status_code == 400
    error = response.json()["error"]
    assert any(name in message for message in error["details"]["file"])
    assert draft.attachments.count() == 1


def test_an_upload_needs_multipart_and_a_file(client, world):
    api = Api(client, world["partner_a"])
    url = entry_url(world["draft"], "attachments")
    response = api.post(url, {"file": "plan.pdf"})
    assert response.status_code == 415 and response.json()["error"]["code"] == "unsupported_media_type"
    response = client.post(url, {}, headers=api.headers)
    assert response.status_code == 400 and "file" in response.json()["error"]["details"]


def test_a_signed_in_session_works_but_needs_the_csrf_token_for_writes(client, world):
    from django.test import Client

    browser = Client(enforce_csrf_checks=True)
    browser.force_login(world["partner_a"])
    draft = world["draft"]
    assert browser.get(entry_url(draft)).status_code == 200
    response = browser.patch(
        entry_url(draft), {"title": "Forged", "version": draft.edit_version}, content_type="application/json"
    )
    assert response.status_code == 403
    assert MappingEntry.objects.get(pk=draft.pk).title != "Forged"


def test_an_entry_carries_its_version_as_etag_and_is_never_stored_by_caches(client, world):
    response = Api(client, world["partner_a"]).get(entry_url(world["draft"]))
    assert response["ETag"] == f'"{world["draft"].edit_version}"'
    assert response.json()["version"] == world["draft"].edit_version
    assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]
    assert [file["name"] for file in response.json()["attachments"]] == ["plan.pdf"]


def test_the_list_reads_a_fixed_number_of_queries(client, world, django_assert_max_num_queries):
    api = Api(client, world["partner_a"])
    for _n in range(5):
        MappingEntryFactory(user=world["partner_a"], organisation=world["org_a"])
    api.get(f"{API}/entries/")
    with django_assert_max_num_queries(8):
        response = api.get(f"{API}/entries/")
    assert response.json()["count"] == 7


def test_unknown_addresses_and_methods_answer_in_the_error_shape(client, world):
    api = Api(client, world["partner_a"])
    assert api.get(f"{API}/entries/999999999999/").status_code == 404
    response = client.put(entry_url(world["draft"]), {}, content_type="application/json", headers=api.headers)
    assert response.status_code == 405 and response.json()["error"]["code"] == "method_not_allowed"


def test_the_criteria_of_the_grid_come_in_the_readers_language(client, world):
    api = Api(client, world["partner_a"], language="sv")
    response = api.get(f"{API}/criteria/")
    assert response.status_code == 200
    criteria = list(criteria_of(current_grid()))
    assert [criterion["id"] for criterion in response.json()] == [criterion.pk for criterion in criteria]
    with translation.override("sv"):
        assert response.json()[0]["name"] == criteria[0].name
        assert set(response.json()[0]["guidance"]) == {"1", "2", "3", "4", "5"}
    assert response.json()[0]["grid_version"] == current_grid().version
    assert api.get(f"{API}/criteria/?grid={current_grid().version}").status_code == 200
    assert api.get(f"{API}/criteria/?grid=999").status_code == 404
    assert api.get(f"{API}/criteria/?grid=x").status_code == 404
    assert Api(client, None).get(f"{API}/criteria/").status_code == 401


def test_a_file_larger_than_the_memory_limit_is_attached_from_its_temporary_file(client, world, settings):
    """Over FILE_UPLOAD_MAX_MEMORY_SIZE an upload arrives in a temporary file, which storing moves."""
    content = PDF + b"%" + b"0" * (settings.FILE_UPLOAD_MAX_MEMORY_SIZE + 1024) + b"\n"
    api = Api(client, world["partner_a"])
    response = api.upload(entry_url(world["draft"], "attachments"), upload("large.pdf", content))
    assert response.status_code == 201, response.json()
    attachment = Attachment.objects.get(pk=response.json()["id"])
    assert attachment.size == len(content)
    assert b"".join(api.get(attachment_url(attachment, "download")).streaming_content) == content


def test_a_submitted_entry_is_withdrawn_and_nobody_is_told(client, world, django_capture_on_commit_callbacks):
    api = Api(client, world["partner_a"])
    data = {**ENTRY_DATA, "kind": "initiative", "organisation": world["org_a"].pk}
    entry = MappingEntry.objects.get(pk=api.post(f"{API}/entries/", data).json()["id"])
    assert api.post(entry_url(entry, "submit")).status_code == 200
    sent = Notification.objects.count()
    with django_capture_on_commit_callbacks(execute=True):
        response = api.post(entry_url(entry, "withdraw"))
    assert response.status_code == 200, response.json()
    assert response.json()["status"] == "draft"
    step = Transition.objects.filter(entry=entry).latest("pk")
    assert (step.from_status, step.to_status, step.actor) == ("submitted", "draft", world["partner_a"])
    assert Notification.objects.count() == sent
    # A draft has nothing to withdraw; another organisation's entry is not there at all.
    assert api.post(entry_url(entry, "withdraw")).status_code == 400
    other = Api(client, world["partner_b"])
    assert other.post(entry_url(entry, "withdraw")).status_code == 404
