"""Every admin page of a record with a private file names the file and links its checked download.

The models are found by their fields, so a new private file field fails here until its admin
page is known to work.
"""

import os

import pytest

from django.apps import apps
from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from wagtail.snippets.models import get_snippet_models

from apps.core.files.private_input import PrivateFileInput, is_private
from apps.mapping import services as mapping_services
from apps.mapping.models import MappingEntry
from apps.reports.models import Status
from tests.mapping.factories import MappingEntryFactory
from tests.partners.factories import PartnerFactory
from tests.reports.factories import ReportRequestFactory
from tests.workpackages.factories import PDF, DeliverableFactory

pytestmark = pytest.mark.django_db


def private_file_models() -> set[str]:
    return {
        model._meta.label_lower
        for model in apps.get_models()
        if any(is_private(field) for field in model._meta.get_fields())
    }


def with_deliverable():
    made = DeliverableFactory(code="D5.7", is_public=False, with_file=True)
    # The storage outlives a test: a name already taken gets a suffix.
    return made, os.path.basename(made.file.name), reverse("workpackages:deliverable_file", args=[made.pk])


def with_report():
    report = ReportRequestFactory(fingerprint="a" * 64, status=Status.DONE, progress=100)
    report.file.save("mapping.pdf", ContentFile(PDF))
    return report, report.filename(), reverse("reports_download", args=[report.pk])


def with_attachment():
    member = PartnerFactory()
    entry = MappingEntryFactory(
        user=member, organisation=member.memberships.first().organisation, kind=MappingEntry.Kind.INITIATIVE
    )
    attachment = mapping_services.attachment_add(
        entry=entry, user=member, upload=SimpleUploadedFile("hub-budget.pdf", PDF)
    )
    return attachment, "hub-budget.pdf", reverse("mapping:attachment", args=[attachment.pk])


# What holds each model's file, its name as shown and its download; and, for a model that has no
# edit form in the admin, the admin page that shows the file.
MAKERS = {
    "workpackages.deliverable": (with_deliverable, None),
    "reports.reportrequest": (with_report, lambda report: reverse("reports_detail", args=[report.pk])),
    "mapping.attachment": (
        with_attachment,
        lambda attachment: reverse("mapping_review", args=[attachment.entry_id]),
    ),
}


def test_every_model_with_a_private_file_is_checked_here():
    assert private_file_models() == set(MAKERS)


@pytest.mark.parametrize("label", sorted(MAKERS))
def test_the_admin_page_names_the_file_and_links_its_checked_download(admin_client, label):
    make, page_of = MAKERS[label]
    record, file_name, download = make()
    model = type(record)
    if model in get_snippet_models():
        page = reverse(model.snippet_viewset.get_url_name("edit"), args=[record.pk])
    else:
        page = page_of(record)
    response = admin_client.get(page)
    assert response.status_code == 200, label
    html = response.content.decode()
    assert file_name in html, label
    assert f'href="{download}"' in html, label
    assert admin_client.get(download).status_code == 200, label


def test_a_deliverable_with_a_file_is_edited_and_keeps_it(admin_client):
    made, file_name, download = with_deliverable()
    edit = reverse("wagtailsnippets_workpackages_deliverable:edit", args=[made.pk])
    form = admin_client.get(edit).content.decode()
    assert f'<a href="{download}" download>{file_name}</a>' in form
    data = {
        "code": "D5.7",
        "work_package": made.work_package_id,
        "status": "in_progress",
        **{f"title_{code}": "Regional roadmap" for code in ("sv", "lv", "es", "fr", "en")},
    }
    response = admin_client.post(edit, data)
    assert response.status_code == 302, response.content.decode()[:2000]
    made.refresh_from_db()
    assert (made.status, os.path.basename(made.file.name)) == ("in_progress", file_name)
    response = admin_client.post(edit, {**data, "file-clear": "on"})
    assert response.status_code == 302
    made.refresh_from_db()
    assert not made.file


def test_the_input_names_a_fresh_upload_nowhere_and_offers_no_clearing_when_required():
    upload = SimpleUploadedFile("new.pdf", PDF)
    assert PrivateFileInput().render("file", upload) == '<input type="file" name="file">'
    made, file_name, _download = with_deliverable()
    required = PrivateFileInput()
    required.is_required = True
    html = required.render("file", made.file)
    assert file_name in html and "file-clear" not in html
