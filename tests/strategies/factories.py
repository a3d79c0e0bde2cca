"""Factories of WP5's national strategies, their action plans and the plans' items, and design criteria."""

import datetime

import factory

from apps.strategies.models import ActionItem, ActionPlan, DesignCriterion, Strategy
from tests.core.factories import TranslatedModelFactory


class StrategyFactory(TranslatedModelFactory):
    """Sweden's public strategy, adopted in March 2024; `adopted=False` leaves it a draft."""

    country = "SE"
    vision = "A shared vision"
    is_public = True
    status = factory.Maybe("adopted", Strategy.Status.ADOPTED, Strategy.Status.DRAFT)
    adopted_on = factory.Maybe("adopted", datetime.date(2024, 3, 1), None)

    _every_language = ("vision",)

    class Meta:
        model = Strategy

    class Params:
        adopted = True


class ActionPlanFactory(TranslatedModelFactory):
    strategy = factory.SubFactory(StrategyFactory)
    title = "First action plan"

    _every_language = ("title",)

    class Meta:
        model = ActionPlan


class ActionItemFactory(TranslatedModelFactory):
    plan = factory.SubFactory(ActionPlanFactory)
    title = "An action"

    _every_language = ("title",)

    class Meta:
        model = ActionItem


class DesignCriterionFactory(TranslatedModelFactory):
    """An institutional design criterion, named alike in every language unless given per language."""

    name = factory.Sequence(lambda n: f"Design criterion {n}")

    _every_language = ("name",)

    class Meta:
        model = DesignCriterion
