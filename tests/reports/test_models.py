import pytest

from django.db import IntegrityError, transaction

from apps.reports.models import ReportRequest, Status, fingerprint_of
from tests.reports.factories import ReportRequestFactory

pytestmark = pytest.mark.django_db


def test_progress_stays_between_0_and_100_in_the_database():
    report = ReportRequestFactory()
    with pytest.raises(IntegrityError), transaction.atomic():
        ReportRequest.objects.filter(pk=report.pk).update(progress=101)


def test_two_identical_requests_cannot_be_in_flight_at_once():
    ReportRequestFactory(status=Status.RUNNING)
    with pytest.raises(IntegrityError), transaction.atomic():
        ReportRequestFactory(status=Status.QUEUED)
    # Once the first is done, the same report may be asked for again.
    ReportRequest.objects.update(status=Status.DONE)
    assert ReportRequestFactory(status=Status.QUEUED).pk


def test_the_fingerprint_ignores_the_order_of_the_parameters():
    one = fingerprint_of(kind="annual", parameters={"year": 2025, "x": 1}, language="sv", format="pdf")
    two = fingerprint_of(kind="annual", parameters={"x": 1, "year": 2025}, language="sv", format="pdf")
    assert one == two
    assert one != fingerprint_of(
        kind="annual", parameters={"year": 2025, "x": 1}, language="lv", format="pdf"
    )
