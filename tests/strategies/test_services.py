"""The loader loads only the public page, idempotently; a status change is a revision."""

import datetime

import pytest

from django.db import transaction

from apps.strategies.models import ActionItem, ActionPlan, DesignCriterion, Strategy, StrategyIndexPage
from apps.strategies.services import strategies_load, strategy_status_change
from tests.strategies.factories import StrategyFactory
from tests.strategies.helpers import index_page

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
    made = StrategyFactory(country="FR")
    strategies_load()
    assert Strategy.objects.get() == made


def test_a_status_change_is_a_revision_and_an_adoption_keeps_its_date():
    made = StrategyFactory(country="SE", adopted=False)
    strategy_status_change(strategy=made, status=Strategy.Status.CONSULTATION)
    strategy_status_change(
        strategy=made, status=Strategy.Status.ADOPTED, adopted_on=datetime.date(2025, 2, 3)
    )
    made.refresh_from_db()
    assert (made.status, made.adopted_on) == ("adopted", datetime.date(2025, 2, 3))
    assert made.revisions.count() == 2
    strategy_status_change(strategy=made, status=Strategy.Status.ADOPTED)
    assert made.revisions.count() == 2  # already adopted: nothing new


def test_an_adoption_rolled_back_leaves_the_strategy_as_it_was():
    made = StrategyFactory(country="LV", adopted=False)
    with pytest.raises(RuntimeError), transaction.atomic():
        strategy_status_change(strategy=made, status=Strategy.Status.ADOPTED)
        raise RuntimeError
    made.refresh_from_db()
    assert made.status == "draft"
