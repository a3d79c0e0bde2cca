"""The progress overview counts what a hand count of the items gives, in one query."""

import datetime

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.strategies import selectors
from apps.strategies.models import ActionItem
from tests.strategies.factories import ActionItemFactory, ActionPlanFactory, StrategyFactory

pytestmark = pytest.mark.django_db

TODAY = datetime.date(2025, 6, 1)
PAST = datetime.date(2025, 1, 31)
FUTURE = datetime.date(2025, 12, 31)
S = ActionItem.Status


@pytest.fixture
def fixture_items():
    """Sweden: two plans with seven items; Latvia: one plan with two; Spain: a draft that never counts."""
    sweden = StrategyFactory(country="SE")
    first, second = (
        ActionPlanFactory(strategy=sweden, title="2024"),
        ActionPlanFactory(strategy=sweden, title="2025"),
    )
    ActionItemFactory(plan=first, status=S.DONE, progress=100, due_date=PAST)  # past but done: not overdue
    ActionItemFactory(plan=first, status=S.IN_PROGRESS, progress=50, due_date=PAST)  # overdue
    ActionItemFactory(plan=first, status=S.NOT_STARTED, progress=0, due_date=PAST)  # overdue
    ActionItemFactory(
        plan=first, status=S.DROPPED, progress=10, due_date=PAST
    )  # past but dropped: not overdue
    ActionItemFactory(plan=second, status=S.IN_PROGRESS, progress=30, due_date=FUTURE)
    ActionItemFactory(plan=second, status=S.NOT_STARTED, progress=0)  # no due date: never overdue
    ActionItemFactory(plan=second, status=S.DONE, progress=100, due_date=TODAY)  # due today: not yet overdue
    latvia = StrategyFactory(country="LV")
    only = ActionPlanFactory(strategy=latvia)
    ActionItemFactory(plan=only, status=S.IN_PROGRESS, progress=20, due_date=PAST)  # overdue
    ActionItemFactory(plan=only, status=S.IN_PROGRESS, progress=40, due_date=FUTURE)
    draft = StrategyFactory(country="ES", adopted=False)
    ActionItemFactory(plan=ActionPlanFactory(strategy=draft), status=S.DONE, progress=100, due_date=PAST)
    return sweden, latvia


def test_the_overview_equals_a_hand_count(fixture_items):
    with CaptureQueriesContext(connection) as queries:
        overview = selectors.progress_overview(today=TODAY)
    assert len(queries) == 1
    assert set(overview) == {"SE", "LV"}
    sweden, latvia = overview["SE"], overview["LV"]
    assert sweden.by_status == {"not_started": 2, "in_progress": 2, "done": 2, "dropped": 1}
    assert (sweden.total, sweden.done, sweden.overdue) == (7, 2, 2)
    assert sweden.mean_progress == pytest.approx((100 + 50 + 0 + 10 + 30 + 0 + 100) / 7)
    assert latvia.by_status == {"not_started": 0, "in_progress": 2, "done": 0, "dropped": 0}
    assert (latvia.total, latvia.overdue, latvia.mean_progress) == (2, 1, pytest.approx(30))


def test_each_plan_has_its_own_counts(fixture_items):
    sweden, _latvia = fixture_items
    plans = selectors.plans_with_progress([sweden.pk], today=TODAY)[sweden.pk]
    assert [(p.title, p.progress.done, p.progress.total, p.progress.overdue) for p in plans] == [
        ("2024", 1, 4, 2),
        ("2025", 1, 3, 0),
    ]


def test_only_the_newest_adopted_public_strategy_of_a_country_is_public():
    StrategyFactory(country="SE", version=1)
    newest = StrategyFactory(country="SE", version=2)
    StrategyFactory(country="SE", version=3, is_public=False)
    StrategyFactory(country="SE", version=4, adopted=False)
    StrategyFactory(country="FR", status="consultation", adopted=False)
    assert list(selectors.adopted_public_strategies()) == [newest]
    assert selectors.public_strategy("se") == newest
    assert selectors.public_strategy("SE") is None
    assert selectors.public_strategy("fr") is None
    assert selectors.public_strategy("xx") is None
