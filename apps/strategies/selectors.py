"""Reads of the national strategies and their progress, aggregated in the database.

Counts and means are computed by one grouped query each, never by looping over items, so a
page costs the same number of queries with two action items as with two thousand.
"""

import datetime
from dataclasses import dataclass, field

from django.db.models import Avg, Count, Exists, OuterRef, Q, QuerySet
from django.db.models.functions import Lower
from django.utils import timezone

from apps.vocabulary.models import COUNTRIES

from .models import ActionItem, ActionPlan, Strategy, StrategyCriterion, StrategyService

Status = ActionItem.Status


@dataclass
class Progress:
    """How far the action items of one country's strategy (or of one plan) have come."""

    by_status: dict[str, int] = field(default_factory=lambda: dict.fromkeys(Status.values, 0))
    overdue: int = 0
    mean_progress: float | None = None

    @property
    def total(self) -> int:
        return sum(self.by_status.values())

    @property
    def done(self) -> int:
        return self.by_status[Status.DONE]


def _progress_aggregates(today: datetime.date) -> dict:
    overdue = ActionItem.overdue_condition(today, prefix="items__")
    return {
        **{f"items_{status}": Count("items", filter=Q(items__status=status)) for status in Status.values},
        "items_overdue": Count("items", filter=overdue),
        "items_mean_progress": Avg("items__progress"),
    }


def _progress_of(row: dict) -> Progress:
    return Progress(
        by_status={status: row[f"items_{status}"] for status in Status.values},
        overdue=row["items_overdue"],
        mean_progress=row["items_mean_progress"],
    )


def adopted_public_strategies() -> QuerySet[Strategy]:
    """Each country's newest adopted public strategy: what the public may see."""
    newer = Strategy.objects.filter(
        country=OuterRef("country"),
        status=Strategy.Status.ADOPTED,
        is_public=True,
        version__gt=OuterRef("version"),
    )
    return (
        Strategy.objects.filter(status=Strategy.Status.ADOPTED, is_public=True)
        .exclude(Exists(newer))
        .order_by("country")
    )


def progress_overview(*, strategies: QuerySet[Strategy] | None = None, today=None) -> dict[str, Progress]:
    """The progress of each country's strategy, by country code: one grouped query.

    strategies defaults to the adopted public ones. Items are counted by status; an item is
    overdue when its due date has passed and it is neither done nor dropped.
    """
    today = today or timezone.localdate()
    strategies = adopted_public_strategies() if strategies is None else strategies
    overdue = ActionItem.overdue_condition(today, prefix="plans__items__")
    rows = (
        strategies.order_by()
        .values("country")
        .annotate(
            **{
                f"items_{status}": Count("plans__items", filter=Q(plans__items__status=status))
                for status in Status.values
            },
            items_overdue=Count("plans__items", filter=overdue),
            items_mean_progress=Avg("plans__items__progress"),
        )
    )
    return {row["country"]: _progress_of(row) for row in rows}


def plans_with_progress(strategies, today=None) -> dict[int, list[ActionPlan]]:
    """The action plans of these strategies, each with its `progress`, by strategy id: one query."""
    today = today or timezone.localdate()
    plans = (
        ActionPlan.objects.filter(strategy__in=strategies)
        .annotate(**_progress_aggregates(today))
        .order_by("strategy", "starts_on", "pk")
    )
    by_strategy: dict[int, list[ActionPlan]] = {}
    for plan in plans:
        plan.progress = _progress_of(vars(plan))
        by_strategy.setdefault(plan.strategy_id, []).append(plan)
    return by_strategy


def strategy_index(today=None) -> list[dict]:
    """Every country, with its adopted public strategy (or None) and that strategy's plans: two queries."""
    strategies = {strategy.country: strategy for strategy in adopted_public_strategies()}
    plans = plans_with_progress([strategy.pk for strategy in strategies.values()], today)
    return [
        {
            "country": code,
            "country_name": name,
            "strategy": strategies.get(code),
            "plans": plans.get(strategies[code].pk, []) if code in strategies else [],
        }
        for code, name in COUNTRIES
    ]


def public_strategy(country: str) -> Strategy | None:
    """A country's adopted public strategy, by its code in lower case (one address per page); None
    for anything else."""
    code = (country or "").upper()
    if country != code.lower() or code not in dict(COUNTRIES):
        return None
    return adopted_public_strategies().filter(country=code).first()


def strategy_details(strategy: Strategy, today=None) -> dict:
    """What a strategy's page shows: criteria, services and plans with their items, in bounded queries."""
    plans = plans_with_progress([strategy.pk], today).get(strategy.pk, [])
    items = ActionItem.objects.filter(plan__in=plans).select_related("responsible_organisation")
    by_plan: dict[int, list[ActionItem]] = {}
    for item in items:
        by_plan.setdefault(item.plan_id, []).append(item)
    for plan in plans:
        plan.item_list = by_plan.get(plan.pk, [])
    return {
        "criteria": list(StrategyCriterion.objects.filter(strategy=strategy).select_related("criterion")),
        "services": list(StrategyService.objects.filter(strategy=strategy).select_related("support_area")),
        "plans": plans,
    }


def overdue_action_items(today, limit: int = 20) -> list[ActionItem]:
    """Action items past their due date and neither done nor dropped, the oldest first."""
    return list(
        ActionItem.objects.overdue(today)
        .select_related("plan__strategy", "responsible_organisation")
        .order_by("due_date", "pk")[:limit]
    )


def sitemap_records():
    """Each country with an adopted public strategy (its page's key) and the adoption, for the sitemap."""
    return (
        adopted_public_strategies()
        .annotate(key=Lower("country"))
        .order_by("country")
        .values_list("key", "adopted_on")
    )


def action_items_overdue(today) -> QuerySet:
    """Each overdue action item as (pk, organisation_id): its responsible organisation (None
    without one). For the reminders of what is overdue."""
    from django.db.models import F

    return (
        ActionItem.objects.overdue(today)
        .annotate(organisation_id=F("responsible_organisation_id"))
        .order_by("due_date", "pk")
        .values_list("pk", "organisation_id", named=True)
    )
