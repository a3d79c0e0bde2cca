"""The adopted public national strategies over the API, with their action plans and progress."""

import datetime

import pytest

from apps.strategies.models import ActionItem, StrategyCriterion, StrategyService
from apps.strategies.selectors import progress_overview
from apps.vocabulary.models import COUNTRIES, SupportArea
from tests.api.test_read_partners import assert_not_found, assert_urls_resolve, queries_of
from tests.strategies.factories import (
    ActionItemFactory,
    ActionPlanFactory,
    DesignCriterionFactory,
    StrategyFactory,
)

pytestmark = pytest.mark.django_db

URL = "/api/v1/strategies/"


def countries(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [strategy["country"] for strategy in response.json()["results"]]


def strategy_with_plan(country="SE", **kwargs):
    strategy = StrategyFactory(country=country, **kwargs)
    plan = ActionPlanFactory(strategy=strategy, title="Plan 2025", starts_on=datetime.date(2025, 1, 1))
    ActionItemFactory(plan=plan, title="Done", status=ActionItem.Status.DONE, progress=100)
    ActionItemFactory(
        plan=plan, title="Late", progress=20, due_date=datetime.date(2020, 1, 1), status="in_progress"
    )
    StrategyCriterion.objects.create(
        strategy=strategy, criterion=DesignCriterionFactory(name="Independence"), text="Its own board"
    )
    StrategyService.objects.create(
        strategy=strategy, support_area=SupportArea.objects.order_by("number").first(), description="Help"
    )
    return strategy


def test_an_adopted_public_strategy_with_its_plans_items_and_progress(api):
    strategy = strategy_with_plan(vision="Our vision")
    assert countries(api.get(URL)) == ["SE"]
    data = api.get(f"{URL}se/").json()
    assert data["vision"] == "Our vision"
    assert data["version"] == strategy.version and data["status"] == "adopted"
    (plan,) = data["action_plans"]
    assert plan["title"] == "Plan 2025"
    # In the page's order: by due date, those without one last.
    assert [item["title"] for item in plan["items"]] == ["Late", "Done"]
    assert plan["progress"]["total"] == 2 and plan["progress"]["done"] == 1
    assert plan["progress"]["overdue"] == 1
    expected = progress_overview()["SE"]
    assert data["progress"]["total"] == expected.total == 2
    assert data["progress"]["mean_progress"] == pytest.approx(expected.mean_progress)
    assert data["criteria"][0]["criterion"] == "Independence"
    assert data["criteria"][0]["text"] == "Its own board"
    assert data["services"][0]["description"] == "Help"
    assert "note" not in plan["items"][0]
    assert api.get(f"{URL}SE/").json()["country"] == "SE"


def test_drafts_private_and_superseded_strategies_never_appear(api):
    StrategyFactory(country="LV", adopted=False)
    StrategyFactory(country="FR", is_public=False)
    StrategyFactory(country="ES", version=1, vision="Old")
    StrategyFactory(country="ES", version=2, vision="New")
    assert countries(api.get(URL)) == ["ES"]
    assert api.get(f"{URL}es/").json()["vision"] == "New"
    assert_not_found(api.get(f"{URL}lv/"))
    assert_not_found(api.get(f"{URL}fr/"))
    assert_not_found(api.get(f"{URL}xx/"))


def test_by_country(api):
    StrategyFactory(country="SE")
    StrategyFactory(country="LV")
    StrategyFactory(country="ES")
    assert countries(api.get(URL, {"country": ["LV", "SE"]})) == ["LV", "SE"]
    assert api.get(URL, {"country": "XX"}).status_code == 400


def test_swedish_text_and_the_fallback_of_a_missing_translation(api):
    StrategyFactory(country="SE", vision="Vision", vision_sv="Vision på svenska", governance_en="Board")
    data = api.get(f"{URL}se/", {"lang": "sv"}).json()
    assert data["vision"] == "Vision på svenska"
    assert data["governance"] == "Board"
    assert data["field_languages"]["vision"] == "sv"
    assert data["field_languages"]["governance"] == "en"
    assert data["fallback"] is True


def test_its_page_in_every_language(api, client):
    strategy_with_plan()
    urls = api.get(f"{URL}se/").json()["urls"]
    assert urls["en"].endswith("/se/")
    assert_urls_resolve(client, urls)


def test_the_query_count_does_not_grow_with_strategies_plans_and_items(api):
    strategy_with_plan("SE")
    before = queries_of(api, URL, {"page_size": 100})
    for code, _name in COUNTRIES:
        if code != "SE":
            strategy_with_plan(code)
    assert api.get(URL, {"page_size": 100}).json()["count"] == len(COUNTRIES)
    assert queries_of(api, URL, {"page_size": 100}) == before
