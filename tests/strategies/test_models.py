"""An action item's progress is a percentage: validated in forms and held by the database."""

import pytest

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction

from apps.strategies.models import ActionItem, Strategy
from tests.strategies.factories import ActionItemFactory, ActionPlanFactory, StrategyFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("progress", [0, 55, 100])
def test_progress_from_0_to_100_is_valid(progress):
    made = ActionItemFactory.build(plan=ActionPlanFactory(), progress=progress, title="Open a hub")
    made.full_clean()


@pytest.mark.parametrize("progress", [101, 250])
def test_progress_over_100_is_refused_by_validation(progress):
    made = ActionItemFactory.build(plan=ActionPlanFactory(), progress=progress, title="Open a hub")
    with pytest.raises(ValidationError) as refused:
        made.full_clean()
    assert "progress" in refused.value.message_dict


def test_the_database_refuses_progress_over_100_even_without_validation():
    made = ActionItemFactory(progress=40)
    ActionItem.objects.filter(pk=made.pk).update(progress=100)
    with pytest.raises(IntegrityError), transaction.atomic():
        ActionItem.objects.filter(pk=made.pk).update(progress=101)
    made.refresh_from_db()
    assert made.progress == 100


def test_one_strategy_per_country_and_version():
    StrategyFactory(country="LV", version=1)
    StrategyFactory(country="ES", version=1)
    with pytest.raises(IntegrityError), transaction.atomic():
        StrategyFactory(country="LV", version=1, adopted=False)
    assert Strategy.objects.filter(country="LV").count() == 1


def test_an_adopted_strategy_needs_its_adoption_date_and_only_it_has_one():
    with pytest.raises(ValidationError) as refused:
        Strategy(country="FR", status=Strategy.Status.ADOPTED).full_clean()
    assert "adopted_on" in refused.value.message_dict
    with pytest.raises(ValidationError) as refused:
        Strategy(country="FR", status=Strategy.Status.DRAFT, adopted_on="2024-01-01").full_clean()
    assert "adopted_on" in refused.value.message_dict
