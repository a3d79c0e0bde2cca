"""What the reminders read of the deliverables: each overdue one and the organisation answering for it."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.partners.models import Organisation
from apps.workpackages.models import Deliverable, WorkPackage
from apps.workpackages.selectors import deliverables_overdue
from tests.partners.factories import OrganisationFactory
from tests.workpackages.factories import DeliverableFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2025, 6, 1)
PAST = datetime.date(2025, 1, 31)
S = Deliverable.Status


def lead(number: int, name: str | None) -> Organisation | None:
    """Work package `number`, led by a new organisation called name (or by nobody)."""
    organisation = OrganisationFactory(name=name, slug=name.lower().replace(" ", "-")) if name else None
    WorkPackage.objects.filter(number=number).update(lead_partner=organisation)
    return organisation


@pytest.fixture(autouse=True)
def nothing_else_due():
    """The project's own deliverables have real due dates: out of the way, so a count is a hand count."""
    Deliverable.objects.update(due_date=None)


def test_an_overdue_deliverable_comes_with_its_work_packages_lead_partner():
    partner = lead(5, "Riga Makers")
    late = DeliverableFactory(code="D5.90", due_date=PAST, status=S.IN_PROGRESS)
    rows = list(deliverables_overdue(TODAY))
    assert [(row.pk, row.organisation_id) for row in rows] == [(late.pk, partner.pk)]


def test_without_a_lead_partner_the_organisation_is_none():
    lead(4, None)
    late = DeliverableFactory(code="D4.90", due_date=PAST, status=S.PLANNED)
    assert [(row.pk, row.organisation_id) for row in deliverables_overdue(TODAY)] == [(late.pk, None)]


def test_submitted_accepted_due_today_and_undated_deliverables_are_not_overdue():
    lead(5, "Riga Makers")
    DeliverableFactory(code="D5.91", due_date=PAST, status=S.SUBMITTED)
    DeliverableFactory(code="D5.92", due_date=PAST, status=S.ACCEPTED)
    DeliverableFactory(code="D5.93", due_date=TODAY, status=S.PLANNED)
    DeliverableFactory(code="D5.94", due_date=None, status=S.PLANNED)
    assert list(deliverables_overdue(TODAY)) == []


def test_the_oldest_comes_first_in_one_query():
    lead(5, "Riga Makers")
    newer = DeliverableFactory(code="D5.95", due_date=PAST, status=S.PLANNED)
    older = DeliverableFactory(code="D5.96", due_date=PAST - datetime.timedelta(days=30), status=S.PLANNED)
    with CaptureQueriesContext(connection) as queries:
        rows = list(deliverables_overdue(TODAY))
    assert [row.pk for row in rows] == [older.pk, newer.pk]
    assert len(queries) == 1
