"""Synthetic projects for demonstrations and scale tests, with a few engagements each.

Everything is marked: projects have is_demo set, diary numbers 90-NNN-SNN and names "Demo
project N"; their engagements have is_demo set too. Removing them leaves the loaded record.
"""

import random
from datetime import date, timedelta
from decimal import Decimal

from django.db import transaction

from apps.core.demo_data import demo_total, pages_invalidate
from apps.vocabulary.nuts import NUTS2

from .models import Engagement, EsfProject, SupportOffering

COUNTRIES = sorted(NUTS2)


def demo_diary_number(number: int) -> str:
    """A diary number no real project has (year 90), unique up to 1,000,000 projects."""
    prefix, rest = divmod(number, 100_000)
    middle, suffix = divmod(rest, 100)
    return f"{90 + prefix % 10}-{middle:03d}-S{suffix:02d}"


@transaction.atomic
def demo_projects_create(
    count: int, *, seed: int = 1, batch_size: int = 2000, engagements_each: int = 2
) -> int:
    """count demo projects, with up to engagements_each engagements each, and the total."""
    rng = random.Random(seed)
    start_number = EsfProject.objects.filter(is_demo=True).count()
    offerings = list(SupportOffering.objects.all())
    kinds = Engagement.Kind.values
    statuses = Engagement.Status.values
    today = date.today()
    for batch_start in range(start_number, start_number + count, batch_size):
        projects = []
        for number in range(batch_start, min(batch_start + batch_size, start_number + count)):
            country = COUNTRIES[number % len(COUNTRIES)]
            starts = today + timedelta(days=rng.randint(-1500, 300))
            projects.append(
                EsfProject(
                    diary_number=demo_diary_number(number),
                    name=f"Demo project {number + 1}",
                    owner=f"Demo owner {number % 97 + 1}",
                    owner_organisation_number=f"{number:010d}",
                    country=country,
                    fund="ESF+",
                    programme_cci=f"2021{country}05SFPR001",
                    start_date=starts,
                    end_date=starts + timedelta(days=rng.randint(180, 1100)),
                    eu_cofinancing_rate=Decimal(rng.choice([40, 50, 60, 85, 95])),
                    programme_area=rng.choice("ABCDE"),
                    specific_objective="E1",
                    region=f"Demo region {number % 7 + 1}",
                    nuts2_code=rng.choice(NUTS2[country]),
                    intervention_type=str(rng.choice([127, 136, 138, 152])),
                    participant_count=rng.randint(0, 500),
                    strategic_importance=number % 9 == 0,
                    background="Demo data: this project is synthetic.",
                    source_language="en",
                    is_public=number % 10 != 9,
                    is_demo=True,
                )
            )
        created = EsfProject.objects.bulk_create(projects)
        if offerings:
            Engagement.objects.bulk_create(
                Engagement(
                    project=project,
                    offering=rng.choice(offerings),
                    kind=rng.choice(kinds),
                    start_date=project.start_date,
                    status=rng.choice(statuses),
                    is_demo=True,
                )
                for project in created
                for _index in range(rng.randint(0, engagements_each))
            )
    return demo_total(EsfProject)


@transaction.atomic
def demo_projects_delete() -> int:
    Engagement.objects.filter(project__is_demo=True).delete()
    removed, _detail = EsfProject.objects.filter(is_demo=True).delete()
    transaction.on_commit(pages_invalidate)
    return removed
