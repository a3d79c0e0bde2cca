"""Synthetic mapping data for scale tests and benchmarks: demo organisations, partners and entries.

Everything is marked: organisations' slugs start with "demo-", partners' addresses end in
"@demo.invalid" and entries have is_demo set. Entries are bulk-created in every state, most of
them approved, with scores for the assessments.
"""

import random

from django.db import transaction
from django.utils import timezone

from apps.core.caching import versioned as cache
from apps.core.caching.versioned import PAGES
from apps.partners.models import Membership, Organisation
from apps.users.models import User

from .models import EntryStatus, MappingEntry, Score
from .selectors import COUNTRY_CODES, MAPPING, criteria_of, current_grid

OTHER_STATES = [s for s in EntryStatus.values if s != EntryStatus.APPROVED]
WORDS = (
    "local networks cooperate with municipalities; funding is short-term; social enterprises grow slowly; "
    "universities support evaluation; regional hubs connect actors; procurement rarely rewards innovation"
).split("; ")


def demo_partners() -> dict[str, Organisation]:
    """One demo organisation per country, each with one partner account that cannot sign in."""
    organisations = {}
    for country in COUNTRY_CODES:
        organisation, _created = Organisation.objects.get_or_create(
            slug=f"demo-{country.lower()}",
            defaults={
                "name": f"Demo organisation {country}",
                "country": country,
                "kind": Organisation.Kind.THIRD_SECTOR,
            },
        )
        user = User.objects.filter(email=f"partner-{country.lower()}@demo.invalid").first()
        if user is None:
            user = User.objects.create_user(email=f"partner-{country.lower()}@demo.invalid", password=None)
        Membership.objects.get_or_create(user=user, organisation=organisation)
        organisations[country] = organisation
    return organisations


@transaction.atomic
def demo_entries_create(count: int, *, seed: int = 1, batch_size: int = 2000) -> int:
    """count approved entries, plus a twentieth as many (at least one each) in every other state."""
    rng = random.Random(seed)
    organisations = demo_partners()
    grid = current_grid()
    criteria = list(criteria_of(grid))
    others = max(len(OTHER_STATES), count // 20)
    statuses = [EntryStatus.APPROVED] * count + [OTHER_STATES[i % len(OTHER_STATES)] for i in range(others)]
    now = timezone.now()
    start = MappingEntry.objects.filter(is_demo=True).count()
    for offset in range(0, len(statuses), batch_size):
        batch = []
        for number, status in enumerate(statuses[offset : offset + batch_size], start=start + offset + 1):
            country = COUNTRY_CODES[number % len(COUNTRY_CODES)]
            kind = MappingEntry.Kind.values[number % len(MappingEntry.Kind.values)]
            approved_at = now - timezone.timedelta(minutes=number) if status == EntryStatus.APPROVED else None
            batch.append(
                MappingEntry(
                    kind=kind,
                    country=country,
                    organisation=organisations[country],
                    language="en",
                    title=f"Demo entry {number}",
                    description=rng.choice(WORDS).capitalize() + ".",
                    strengths=rng.choice(WORDS).capitalize() + ".",
                    weaknesses=rng.choice(WORDS).capitalize() + ".",
                    inspiring_initiatives=rng.choice(WORDS).capitalize() + ".",
                    grid=grid if kind == MappingEntry.Kind.ASSESSMENT else None,
                    status=status,
                    submitted=now if status != EntryStatus.DRAFT else None,
                    approved=approved_at,
                    is_demo=True,
                )
            )
        created = MappingEntry.objects.bulk_create(batch)
        Score.objects.bulk_create(
            [
                Score(entry=entry, criterion=criterion, score=rng.randint(1, 5))
                for entry in created
                if entry.kind == MappingEntry.Kind.ASSESSMENT
                for criterion in criteria
            ]
        )
    transaction.on_commit(lambda: (cache.bump(MAPPING), cache.bump(PAGES)))
    return MappingEntry.objects.filter(is_demo=True).count()


@transaction.atomic
def demo_entries_delete() -> int:
    removed, _detail = MappingEntry.objects.filter(is_demo=True).delete()
    Membership.objects.filter(organisation__slug__startswith="demo-").delete()
    Organisation.objects.filter(slug__startswith="demo-", mapping_entries=None).delete()
    User.objects.filter(email__endswith="@demo.invalid").delete()
    transaction.on_commit(lambda: (cache.bump(MAPPING), cache.bump(PAGES)))
    return removed
