"""The partner's form after a refused submission: files kept once and listed, gaps marked in place."""

import re

import pytest

from django.urls import reverse

from apps.mapping import services
from apps.mapping.models import Attachment, EntryStatus, MappingEntry
from apps.mapping.selectors import criteria_of, current_grid
from tests.mapping.factories import ENTRY_DATA, MappingEntryFactory
from tests.partners.factories import OrganisationFactory, PartnerFactory

pytestmark = pytest.mark.django_db

PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def upload(name, content=PDF):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return SimpleUploadedFile(name, content, content_type="application/pdf")


@pytest.fixture
def partner(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    org = OrganisationFactory(country="LV", name="Society Integration Foundation", acronym="SIF")
    return PartnerFactory(organisation=org), org


def assessment_post(org, scored=(), **extra):
    data = {**ENTRY_DATA, "organisation": org.pk, "links": "https://example.org/a", **extra}
    for criterion in scored:
        data[f"score_{criterion.pk}"] = "4"
    return data


def test_the_same_content_attached_twice_is_stored_once(partner):
    user, org = partner
    entry = MappingEntryFactory(user=user, organisation=org)
    first = services.attachment_add(entry=entry, user=user, upload=upload("plan.pdf"))
    again = services.attachment_add(entry=entry, user=user, upload=upload("plan-copy.pdf"))
    other = services.attachment_add(entry=entry, user=user, upload=upload("other.pdf", PDF + b"%x\n"))
    assert first.sha256 and len(first.sha256) == 64
    assert again is None
    assert other is not None
    assert sorted(entry.attachments.values_list("name", flat=True)) == ["other.pdf", "plan.pdf"]


def test_the_database_refuses_a_second_row_with_the_same_hash(partner):
    from django.db import IntegrityError, transaction

    user, org = partner
    entry = MappingEntryFactory(user=user, organisation=org)
    stored = services.attachment_add(entry=entry, user=user, upload=upload("plan.pdf"))
    with pytest.raises(IntegrityError), transaction.atomic():
        Attachment.objects.create(
            entry=entry,
            file=stored.file.name,
            name="x.pdf",
            content_type="application/pdf",
            size=1,
            sha256=stored.sha256,
        )


def test_a_refused_submission_keeps_the_file_lists_it_and_a_second_upload_is_not_stored(client, partner):
    user, org = partner
    client.force_login(user)
    criteria = list(criteria_of(current_grid()))
    data = assessment_post(org, scored=criteria[:2], submit="", new_files=[upload("evidence.pdf")])
    response = client.post(reverse("mapping:entry_create", args=["assessment"]), data)
    entry = MappingEntry.objects.get(organisation=org)
    assert entry.status == EntryStatus.DRAFT
    edit_url = reverse("mapping:entry_edit", args=[entry.pk])
    assert response.status_code == 302 and response["Location"] == edit_url + "?check=submit"

    page = client.get(response["Location"]).content.decode()
    attachment = entry.attachments.get()
    # The file is listed by name in the form, with the download link that checks permissions.
    listed = page[page.index('id="attached-files"') :]
    assert "evidence.pdf" in listed
    assert f'href="{reverse("mapping:attachment", args=[attachment.pk])}"' in listed

    # Attaching it again (as the form used to ask) stores nothing new and says so.
    data = assessment_post(org, scored=criteria, submit="", edit_version=entry.edit_version + 0)
    data.pop("organisation")
    entry.refresh_from_db()
    data["edit_version"] = entry.edit_version
    data["new_files"] = [upload("evidence.pdf")]
    response = client.post(edit_url, data, follow=True)
    entry.refresh_from_db()
    assert entry.status == EntryStatus.SUBMITTED
    assert entry.attachments.count() == 1
    assert "not stored twice" in response.content.decode()


def test_unscored_criteria_are_marked_next_to_each_criterion(client, partner):
    user, org = partner
    client.force_login(user)
    criteria = list(criteria_of(current_grid()))
    entry = MappingEntryFactory(user=user, organisation=org, kind=MappingEntry.Kind.ASSESSMENT)
    entry.scores.filter(criterion__in=criteria[1:3]).delete()
    response = client.post(reverse("mapping:entry_submit", args=[entry.pk]))
    assert response["Location"].endswith("?check=submit")
    page = client.get(response["Location"]).content.decode()
    for criterion in criteria[1:3]:
        fieldset = page[page.index(f'id="criterion-{criterion.pk}"') :]
        fieldset = fieldset[: fieldset.index("</fieldset>")]
        message_id = f"id_score_{criterion.pk}_incomplete"
        assert (
            f'<p class="errorlist" id="{message_id}">Score this criterion before you submit.</p>' in fieldset
        )
        radios = re.findall(r"<input [^>]*type=\"radio\"[^>]*>", fieldset)
        assert len(radios) == 5
        for radio in radios:
            assert 'aria-invalid="true"' in radio and f'aria-describedby="{message_id}"' in radio
    summary = page[page.index('id="submission-gaps"') :]
    summary = summary[: summary.index("</div>")]
    assert f'href="#criterion-{criteria[1].pk}"' in summary and criteria[1].name in summary
    scored = page[page.index(f'id="criterion-{criteria[0].pk}"') :]
    scored = scored[: scored.index("</fieldset>")]
    assert "aria-invalid" not in scored and "_incomplete" not in scored


def test_a_plain_edit_marks_nothing(client, partner):
    user, org = partner
    client.force_login(user)
    entry = MappingEntryFactory(
        user=user, organisation=org, kind=MappingEntry.Kind.ASSESSMENT, description=""
    )
    page = client.get(reverse("mapping:entry_edit", args=[entry.pk])).content.decode()
    assert "aria-invalid" not in page and "submission-gaps" not in page
    page = client.get(reverse("mapping:entry_edit", args=[entry.pk]) + "?check=submit").content.decode()
    assert 'id="id_description_incomplete"' in page


def test_the_migration_hashes_stored_files_and_leaves_a_second_copy_blank(partner):
    import importlib

    from django.apps import apps
    from django.core.files.base import ContentFile

    user, org = partner
    entry = MappingEntryFactory(user=user, organisation=org)
    stored = []
    for name in ("a.pdf", "b.pdf"):
        attachment = Attachment(entry=entry, name=name, content_type="application/pdf", size=len(PDF))
        attachment.file.save(name, ContentFile(PDF), save=True)
        stored.append(attachment)
    migration = importlib.import_module("apps.mapping.migrations.0002_attachment_sha256")
    migration.hash_stored_files(apps, None)
    first, second = (Attachment.objects.get(pk=attachment.pk) for attachment in stored)
    assert first.sha256 == services.content_hash(upload("a.pdf")) and second.sha256 == ""
