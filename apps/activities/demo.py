"""Synthetic events for demonstrations and scale tests, with a few registrations each.

Everything is marked: events have is_demo set and are titled "Demo event N"; registrations use
addresses ending in "@demo.invalid". Half of the events are past, half upcoming.
"""

import random
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from apps.core.demo_data import demo_total, pages_invalidate
from apps.core.i18n import LANGUAGE_CODES, localized_field
from apps.vocabulary.models import COUNTRIES

from .ical import COUNTRY_ZONES as ZONES
from .models import Activity, Registration

COUNTRY_CODES = [code for code, _name in COUNTRIES]


@transaction.atomic
def demo_activities_create(
    count: int, *, seed: int = 1, batch_size: int = 2000, registrations_each: int = 3
) -> int:
    """count demo events, with up to registrations_each registrations on each, and the total."""
    rng = random.Random(seed)
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    start_number = Activity.objects.filter(is_demo=True).count()
    kinds = Activity.Kind.values
    for number in range(start_number + 1, start_number + count + 1):
        country = COUNTRY_CODES[number % len(COUNTRY_CODES)]
        starts = now + timedelta(days=rng.randint(-365, 365), hours=rng.randint(-4, 4))
        online = number % 5 == 0
        activity = Activity(
            kind=kinds[number % len(kinds)],
            slug=f"demo-event-{number}",
            work_package=number % 5 + 1,
            start=starts,
            end=starts + timedelta(hours=rng.choice([2, 3, 6, 8])),
            time_zone=ZONES[country],
            country=country,
            venue="" if online else f"Demo venue {number}",
            online_url=f"https://demo.invalid/events/{number}" if online else "",
            language=rng.choice(LANGUAGE_CODES),
            capacity=rng.choice([None, 10, 20, 50]),
            is_public=number % 10 != 0,
            registration_open=starts > now,
            is_demo=True,
        )
        for code in LANGUAGE_CODES:
            setattr(activity, localized_field("title", code), f"Demo event {number}")
            setattr(activity, localized_field("description", code), "Demo data: this event is synthetic.")
        activity.title = activity.title_en
        activity.description = activity.description_en
        activity.save()
        Registration.objects.bulk_create(
            [
                Registration(
                    activity=activity,
                    name=f"Demo participant {number}-{index}",
                    email=f"participant-{number}-{index}@demo.invalid",
                    language=rng.choice(LANGUAGE_CODES) if index else settings.LANGUAGE_CODE,
                    status=Registration.Status.CONFIRMED,
                )
                for index in range(rng.randint(0, registrations_each))
            ],
            batch_size=batch_size,
        )
    return demo_total(Activity)


@transaction.atomic
def demo_activities_delete() -> int:
    demo = Activity.objects.filter(is_demo=True)
    Registration.objects.filter(activity__in=demo).delete()
    removed, _detail = demo.delete()
    transaction.on_commit(pages_invalidate)
    return removed
