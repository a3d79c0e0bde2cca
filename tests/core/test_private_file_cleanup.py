"""A private file goes with its record: after the delete (or the replacement) commits, never on a
rollback, for every model that holds one."""

import pytest

from django.core.files.base import ContentFile
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction

from apps.core.files.private_cleanup import models_with_private_files
from apps.core.files.uploads import private_storage
from apps.mapping import services as mapping_services
from apps.mapping.models import Attachment, MappingEntry
from apps.reports.models import Status
from apps.workpackages.models import Deliverable
from tests.core.test_private_files_admin import MAKERS
from tests.mapping.factories import MappingEntryFactory
from tests.partners.factories import PartnerFactory
from tests.reports.factories import ReportRequestFactory
from tests.workpackages.factories import PDF, DeliverableFactory

pytestmark = pytest.mark.django_db


def stored(name: str) -> bool:
    return private_storage().exists(name)


@pytest.fixture
def entry_with_two_files():
    member = PartnerFactory()
    entry = MappingEntryFactory(user=member, organisation=member.memberships.first().organisation)
    for name, content in (("budget.pdf", PDF), ("plan.pdf", PDF + b"%plan\n")):
        mapping_services.attachment_add(entry=entry, user=member, upload=SimpleUploadedFile(name, content))
    names = list(entry.attachments.values_list("file", flat=True))
    assert len(names) == 2 and all(stored(name) for name in names)
    return entry, names


def test_deleting_an_entry_deletes_its_files_after_commit(
    entry_with_two_files, django_capture_on_commit_callbacks
):
    entry, names = entry_with_two_files
    with django_capture_on_commit_callbacks() as callbacks:
        entry.delete()
    # Not before the commit: until then the delete may still be rolled back.
    assert all(stored(name) for name in names)
    for callback in callbacks:
        callback()
    assert not any(stored(name) for name in names)


def test_a_rolled_back_delete_keeps_the_files(entry_with_two_files, django_capture_on_commit_callbacks):
    entry, names = entry_with_two_files
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(RuntimeError), transaction.atomic():
            MappingEntry.objects.get(pk=entry.pk).delete()
            raise RuntimeError("the request failed after the delete")
    assert Attachment.objects.filter(entry=entry).count() == 2
    assert all(stored(name) for name in names)


def test_deleting_an_attachment_deletes_its_file_only(
    entry_with_two_files, django_capture_on_commit_callbacks
):
    entry, (first, second) = entry_with_two_files
    with django_capture_on_commit_callbacks(execute=True):
        Attachment.objects.get(file=first).delete()
    assert not stored(first) and stored(second)


def test_replacing_a_deliverables_file_deletes_the_old_one(django_capture_on_commit_callbacks):
    made = DeliverableFactory(code="D5.8", is_public=False, with_file=True)
    old = made.file.name
    with django_capture_on_commit_callbacks(execute=True):
        made.file.save("D5.8-final.pdf", ContentFile(PDF + b"%final\n"), save=False)
        made.save()
    new = Deliverable.objects.get(pk=made.pk).file.name
    assert new != old and stored(new) and not stored(old)
    # Clearing the file deletes it too; saving other fields touches nothing.
    with django_capture_on_commit_callbacks(execute=True):
        made.status = Deliverable.Status.SUBMITTED
        made.save()
    assert stored(new)
    with django_capture_on_commit_callbacks(execute=True):
        made.file = None
        made.save()
    assert not stored(new)


def test_deleting_a_deliverable_or_a_report_deletes_its_file(django_capture_on_commit_callbacks):
    made = DeliverableFactory(code="D5.9", is_public=False, with_file=True)
    report = ReportRequestFactory(fingerprint="b" * 64, status=Status.DONE, progress=100)
    report.file.save("mapping.pdf", ContentFile(PDF))
    names = [made.file.name, report.file.name]
    assert all(stored(name) for name in names)
    with django_capture_on_commit_callbacks(execute=True):
        made.delete()
        report.delete()
    assert not any(stored(name) for name in names)


def test_every_model_with_a_private_file_is_cleaned_up():
    assert {model._meta.label_lower for model in models_with_private_files()} == set(MAKERS)
