"""The digests of new cases: the news written at a case's first publication, gathered per subscriber.

A digest is written in chunks of subscribers (tasks.digests_send), each chunk in one transaction
with the subscribers' cursors (`digest_through`), so a digest is neither lost nor repeated when
a chunk runs again.
"""

import datetime

from django.db import transaction
from django.utils import timezone

from .. import recipients as who
from ..models import Frequency, Kind, NewCase, Notification, Subscriber


def new_case_record(*, case_id: int, country: str, theme_ids: list[int]) -> None:
    """The news of a first publication; later revisions of the case are not news again."""
    NewCase.objects.get_or_create(case_id=case_id, defaults={"country": country, "theme_ids": theme_ids})


def digest_label(frequency: str, now: datetime.datetime) -> str:
    day = timezone.localtime(now).date()
    if frequency == Frequency.WEEKLY:
        year, week, _weekday = day.isocalendar()
        return f"{year}-W{week:02d}"
    return day.isoformat()


def digest_subscriber_ids(frequency: str) -> list[int]:
    """The confirmed subscribers of this frequency who have not unsubscribed, in a stable order."""
    return list(
        Subscriber.objects.filter(frequency=frequency, confirmed__isnull=False, unsubscribed__isnull=True)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def _matches(subscriber: Subscriber, news: NewCase, theme_ids: set[int]) -> bool:
    if subscriber.countries and news.country not in subscriber.countries:
        return False
    return not theme_ids or bool(theme_ids & set(news.theme_ids))


@transaction.atomic
def digest_chunk_record(
    *, frequency: str, label: str, cutoff: datetime.datetime, subscriber_ids
) -> list[int]:
    """Write the digests of some subscribers: the new cases each has not had yet, if any.

    A subscriber with no news gets no row, so no empty digest.
    """
    subscribers = list(
        Subscriber.objects.select_for_update()
        .filter(
            pk__in=subscriber_ids, frequency=frequency, confirmed__isnull=False, unsubscribed__isnull=True
        )
        .prefetch_related("themes")
    )
    if not subscribers:
        return []
    earliest = min(s.digest_through or s.confirmed for s in subscribers)
    news = list(NewCase.objects.filter(created__gt=earliest, created__lte=cutoff).order_by("created", "pk"))
    refused = who.opted_out([s.email for s in subscribers], Kind.DIGEST)
    rows = []
    for subscriber in subscribers:
        since = subscriber.digest_through or subscriber.confirmed
        theme_ids = {theme.pk for theme in subscriber.themes.all()}
        cases = [
            item.case_id for item in news if item.created > since and _matches(subscriber, item, theme_ids)
        ]
        if cases and subscriber.email not in refused:
            rows.append(
                Notification(
                    kind=Kind.DIGEST,
                    template="digest",
                    event_key=f"digest:{frequency}:{label}",
                    email=subscriber.email,
                    language=subscriber.language,
                    subscriber=subscriber,
                    context={"cases": cases, "frequency": frequency},
                )
            )
        subscriber.digest_through = cutoff
    Notification.objects.bulk_create(rows, ignore_conflicts=True)
    Subscriber.objects.bulk_update(subscribers, ["digest_through"])
    return list(
        Notification.objects.filter(
            event_key=f"digest:{frequency}:{label}",
            email__in=[row.email for row in rows],
            status=Notification.Status.PENDING,
        ).values_list("pk", flat=True)
    )
