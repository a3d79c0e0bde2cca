"""Synthetic strategies for demonstrations and scale tests, marked `is_demo` and removable.

One demo strategy per country, adopted and public, titled as demo data, with two action plans
whose items go through every status; each is numbered from version 901, so it never takes a
version a real strategy may need.
"""

import datetime

from django.db import transaction

from apps.core.demo_data import demo_delete, demo_total
from apps.core.i18n import fan_out
from apps.vocabulary.models import COUNTRIES

from .models import ActionItem, ActionPlan, Strategy

DEMO_VERSION = 901
ADOPTED_ON = datetime.date(2023, 5, 1)


@transaction.atomic
def demo_strategies_create(
    count: int | None = None, *, seed: int = 1, batch_size: int = 2000, items_per_plan: int = 5
) -> int:
    """A demo strategy for count countries that have none yet (every one when None); returns how
    many there are in all. The strategies are the same every time: seed and batch_size, which
    every app's demo data takes, change nothing here."""
    statuses = ActionItem.Status.values
    have = set(Strategy.objects.filter(is_demo=True).values_list("country", flat=True))
    missing = [code for code, _name in COUNTRIES if code not in have]
    for code in missing if count is None else missing[:count]:
        strategy = Strategy.objects.create(
            country=code,
            version=DEMO_VERSION,
            status=Strategy.Status.ADOPTED,
            adopted_on=ADOPTED_ON,
            is_public=True,
            is_demo=True,
            **fan_out("vision", f"Demo data: a synthetic strategy for {code}."),
        )
        for number in (1, 2):
            plan = ActionPlan.objects.create(
                strategy=strategy,
                starts_on=datetime.date(2023 + number, 1, 1),
                ends_on=datetime.date(2023 + number, 12, 31),
                is_demo=True,
                **fan_out("title", f"Demo action plan {number}"),
            )
            ActionItem.objects.bulk_create(
                ActionItem(
                    plan=plan,
                    status=statuses[index % len(statuses)],
                    progress=100 if statuses[index % len(statuses)] == "done" else (index * 17) % 100,
                    due_date=datetime.date(2023 + number, 1 + index % 12, 15),
                    is_demo=True,
                    **fan_out("title", f"Demo action item {index + 1}"),
                )
                for index in range(items_per_plan)
            )
    return demo_total(Strategy)


@transaction.atomic
def demo_strategies_delete() -> int:
    return demo_delete(Strategy)
