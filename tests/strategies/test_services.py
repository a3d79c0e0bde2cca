"""The loader loads only the public page, idempotently; an adoption is announced in its transaction."""

import datetime

import pytest

from django.db import transaction

from apps.strategies import events
from apps.strategies.models import ActionItem, ActionPlan, DesignCriterion, Strategy, StrategyIndexPage
from apps.strategies.services import strategies_load, strategy_status_change
from tests.strategies.helpers import index_page, strategy

pytestmark = pytest.mark.django_db


def test_the_loader_loads_the_page_in_five_languages_and_no_records(languages):
    page = index_page()
    assert page.live and page.show_in_menus
    assert all(getattr(page, f"title_{lang}") and getattr(page, f"intro_{lang}") for lang in languages)
    for model in (Strategy, DesignCriterion, ActionPlan, ActionItem):
        assert not model.objects.exists(), model


def test_the_loader_is_idempotent_and_restores_an_edited_title():
    page = index_page()
    revisions = page.revisions.count()
    assert strategies_load() == strategies_load()
    assert StrategyIndexPage.objects.count() == 1
    assert index_page().revisions.count() == revisions
    page.title_sv = "Ändrad"
    page.save()
    strategies_load()
    assert index_page().title_sv == "Nationella strategier för kompetenscentrum"


def test_staff_records_survive_a_reload():
    made = strategy("FR")
    strategies_load()
    assert Strategy.objects.get() == made


@pytest.fixture
def adopted_ids():
    received = []

    def listener(sender, **kwargs):
        received.append(kwargs["strategy_id"])

    events.strategy_adopted.connect(listener)
    yield received
    events.strategy_adopted.disconnect(listener)


def test_adoption_is_announced_in_its_transaction_only_when_adopted(
    adopted_ids, django_capture_on_commit_callbacks
):
    made = strategy("SE", adopted=False)
    with django_capture_on_commit_callbacks(execute=True):
        strategy_status_change(strategy=made, status=Strategy.Status.CONSULTATION)
    assert adopted_ids == []
    with django_capture_on_commit_callbacks(execute=True):
        strategy_status_change(
            strategy=made, status=Strategy.Status.ADOPTED, adopted_on=datetime.date(2025, 2, 3)
        )
        assert adopted_ids == [made.pk]  # inside the transaction, before the commit
    assert adopted_ids == [made.pk]
    made.refresh_from_db()
    assert (made.status, made.adopted_on) == ("adopted", datetime.date(2025, 2, 3))
    assert made.revisions.count() == 2
    with django_capture_on_commit_callbacks(execute=True):
        strategy_status_change(strategy=made, status=Strategy.Status.ADOPTED)
    assert adopted_ids == [made.pk]  # already adopted: nothing new


def test_an_adoption_rolled_back_takes_its_announcement_with_it(adopted_ids):
    made = strategy("LV", adopted=False)
    with pytest.raises(RuntimeError), transaction.atomic():
        strategy_status_change(strategy=made, status=Strategy.Status.ADOPTED)
        raise RuntimeError
    # The listener ran inside the transaction; whatever it wrote was rolled back with it.
    assert adopted_ids == [made.pk]
    made.refresh_from_db()
    assert made.status == "draft"
