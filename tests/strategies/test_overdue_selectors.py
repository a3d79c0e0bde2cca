"""What the reminders read of the action plans: each overdue item and its responsible organisation."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.partners.models import Organisation
from apps.strategies.models import ActionItem, ActionPlan
from apps.strategies.selectors import action_items_overdue
from tests.partners.factories import OrganisationFactory
from tests.strategies.factories import ActionItemFactory, ActionPlanFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2025, 6, 1)
PAST = datetime.date(2025, 1, 31)
S = ActionItem.Status


@pytest.fixture
def plan() -> ActionPlan:
    ActionItem.objects.update(due_date=None)  # the demo content's items, if any, out of the way
    return ActionPlanFactory(strategy__country="LV")


@pytest.fixture
def organisation() -> Organisation:
    return OrganisationFactory(name="Latvian Makers", slug="latvian-makers", country="LV")


def item(plan: ActionPlan, **kwargs) -> ActionItem:
    return ActionItemFactory(plan=plan, **kwargs)


def test_an_overdue_item_comes_with_its_responsible_organisation(plan, organisation):
    late = item(plan, due_date=PAST, status=S.IN_PROGRESS, responsible_organisation=organisation)
    unowned = item(plan, due_date=PAST - datetime.timedelta(days=1), status=S.NOT_STARTED)
    rows = list(action_items_overdue(TODAY))
    assert [(row.pk, row.organisation_id) for row in rows] == [(unowned.pk, None), (late.pk, organisation.pk)]


def test_done_dropped_due_today_and_undated_items_are_not_overdue(plan, organisation):
    item(plan, due_date=PAST, status=S.DONE, responsible_organisation=organisation)
    item(plan, due_date=PAST, status=S.DROPPED, responsible_organisation=organisation)
    item(plan, due_date=TODAY, status=S.IN_PROGRESS, responsible_organisation=organisation)
    item(plan, due_date=None, status=S.IN_PROGRESS, responsible_organisation=organisation)
    assert list(action_items_overdue(TODAY)) == []


def test_the_items_are_read_in_one_query(plan, organisation):
    for days in range(3):
        item(plan, due_date=PAST - datetime.timedelta(days=days), responsible_organisation=organisation)
    with CaptureQueriesContext(connection) as queries:
        rows = list(action_items_overdue(TODAY))
    assert len(rows) == 3 and len(queries) == 1
