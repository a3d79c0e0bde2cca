"""Overdue is one rule for a deliverable and an action item: past its due date and not closed."""

import datetime

import pytest

from django.db.models import Count

from apps.strategies.models import ActionItem
from apps.workpackages.models import Deliverable
from tests.strategies.factories import ActionItemFactory, ActionPlanFactory
from tests.workpackages.factories import DeliverableFactory

pytestmark = pytest.mark.django_db
TODAY = datetime.date(2026, 6, 15)
PAST = TODAY - datetime.timedelta(days=1)


def test_a_deliverable_is_overdue_until_submitted_and_never_without_a_due_date():
    Deliverable.objects.update(due_date=None)
    made = {
        status: DeliverableFactory(code=f"D5.{90 + number}", is_public=False, due_date=PAST, status=status)
        for number, status in enumerate(["", "planned", "in_progress", "submitted", "accepted"])
    }
    DeliverableFactory(code="D5.99", is_public=False, due_date=TODAY, status="planned")
    overdue = set(Deliverable.objects.overdue(TODAY))
    assert overdue == {made[""], made["planned"], made["in_progress"]}
    assert all(d.is_overdue(TODAY) == (d in overdue) for d in Deliverable.objects.all())


def test_an_action_item_is_overdue_until_done_or_dropped_and_the_plans_count_it_alike():
    action_plan = ActionPlanFactory(strategy__country="LV")
    made = {
        status: ActionItemFactory(plan=action_plan, due_date=PAST, status=status)
        for status in ActionItem.Status.values
    }
    ActionItemFactory(plan=action_plan, due_date=None, status="not_started")
    ActionItemFactory(plan=action_plan, due_date=TODAY, status="in_progress")
    overdue = set(ActionItem.objects.overdue(TODAY))
    assert overdue == {made["not_started"], made["in_progress"]}
    assert all(i.is_overdue(TODAY) == (i in overdue) for i in ActionItem.objects.all())
    counted = (
        type(action_plan)
        .objects.annotate(n=Count("items", filter=ActionItem.overdue_condition(TODAY, prefix="items__")))
        .get(pk=action_plan.pk)
    )
    assert counted.n == 2
