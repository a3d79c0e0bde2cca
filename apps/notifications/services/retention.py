"""Retention of personal data (docs/operations.md: Retention of personal data): addresses are kept no longer
than their purpose needs, and a message goes with the delivery attempts whose errors may quote it."""

import datetime
from collections.abc import Iterable

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from ..models import DeliveryAttempt, Kind, Notification, Subscriber

N = Notification.Status


@transaction.atomic
def registration_copies_purge(*, registration_ids: Iterable[int]) -> int:
    """Registrations were anonymised: the outbox's messages to them go as well, with their
    delivery attempts (whose errors may quote the address). Returns how many messages."""
    ids = list(registration_ids)
    if not ids:
        return 0
    messages = Notification.objects.filter(kind=Kind.REGISTRATION, context__registration_id__in=ids)
    return _delete_messages(messages)


def _delete_messages(messages) -> int:
    pks = list(messages.values_list("pk", flat=True))
    DeliveryAttempt.objects.filter(notification_id__in=pks).delete()
    deleted, _counts = Notification.objects.filter(pk__in=pks).delete()
    return deleted


@transaction.atomic
def personal_data_purge(*, now=None) -> dict[str, int]:
    """Daily: addresses kept no longer than their purpose needs.

    A subscriber who never confirmed (the link has expired) or who unsubscribed is deleted with
    the messages sent to them (an unsubscribed address stays suppressed by its opt-out, which
    holds only a keyed hash); a finished message of the outbox is deleted NOTIFICATIONS_KEEP_DAYS
    after it was written.
    """
    now = now or timezone.now()
    lapsed = now - datetime.timedelta(seconds=settings.NOTIFICATIONS_CONFIRM_MAX_AGE)
    gone = Subscriber.objects.filter(
        Q(confirmed__isnull=True, created__lt=lapsed) | Q(unsubscribed__isnull=False)
    )
    gone_ids = list(gone.values_list("pk", flat=True))
    messages = _delete_messages(Notification.objects.filter(subscriber_id__in=gone_ids))
    Subscriber.objects.filter(pk__in=gone_ids).delete()
    finished = Notification.objects.filter(
        status__in=[N.SENT, N.SKIPPED, N.FAILED],
        created__lt=now - datetime.timedelta(days=settings.NOTIFICATIONS_KEEP_DAYS),
    )
    messages += _delete_messages(finished)
    return {"subscribers": len(gone_ids), "messages": messages}
