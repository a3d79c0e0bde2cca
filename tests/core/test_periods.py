"""A period cannot end before it starts: one constraint and one check, used by every dated model."""

import datetime

import pytest

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.db.models import F, Q

from apps.core.periods import ends_after_starts, period_errors, require_period
from apps.projects.models import Engagement
from apps.strategies.models import ActionPlan
from apps.workpackages.models import PilotStage, WorkPackage

START = datetime.date(2026, 3, 1)
BEFORE = START - datetime.timedelta(days=1)


def test_an_end_before_the_start_is_refused_on_the_end_field():
    plan = ActionPlan(starts_on=START, ends_on=BEFORE)
    with pytest.raises(ValidationError) as refused:
        require_period(plan, "starts_on", "ends_on", "It cannot end before it starts.")
    assert refused.value.message_dict == {"ends_on": ["It cannot end before it starts."]}


@pytest.mark.parametrize(
    ("starts_on", "ends_on"), [(START, START), (START, None), (None, BEFORE), (None, None), (BEFORE, START)]
)
def test_an_open_or_ordered_period_passes(starts_on, ends_on):
    assert period_errors(ActionPlan(starts_on=starts_on, ends_on=ends_on), "starts_on", "ends_on", "no") == {}


def test_month_numbers_are_periods_too():
    package = WorkPackage(start_month=12, end_month=6)
    assert period_errors(package, "start_month", "end_month", "no") == {"end_month": "no"}


def test_the_constraint_lets_an_empty_start_pass_unless_the_start_is_required():
    optional = ends_after_starts("starts_on", "ends_on", "plan")
    required = ends_after_starts("start_date", "end_date", "stage", start_may_be_empty=False)
    assert "starts_on__isnull" in str(optional.condition)
    assert "start_date__isnull" not in str(required.condition)


def test_the_models_hold_the_constraints_they_always_had():
    """The helper builds each model's constraint as it was written before, so no migration follows."""
    constraints = {
        model: {c.name: c for c in model._meta.constraints}
        for model in (WorkPackage, ActionPlan, PilotStage, Engagement)
    }
    assert constraints[WorkPackage]["work_package_ends_after_it_starts"] == ends_after_starts(
        "start_month", "end_month", "work_package_ends_after_it_starts"
    )
    stage = constraints[PilotStage]["pilot_stage_ends_after_it_starts"]
    assert stage.condition == Q(end_date__isnull=True) | Q(end_date__gte=F("start_date"))
    assert constraints[Engagement]["engagement_ends_after_start"] == ends_after_starts(
        "start_date", "end_date", "engagement_ends_after_start", start_may_be_empty=False
    )


@pytest.mark.django_db
def test_the_database_refuses_a_work_package_that_ends_before_it_starts():
    with pytest.raises(IntegrityError) as refused, transaction.atomic():
        WorkPackage.objects.create(number=99, kind=WorkPackage.Kind.FORMATIVE, start_month=12, end_month=6)
    assert "work_package_ends_after_it_starts" in str(refused.value)
