"""Delivery, the sweep, the digests' fan-out and the weekly reminders.

A digest to many subscribers is many small tasks: `digests_send` splits the subscribers into
chunks of NOTIFICATIONS_DIGEST_CHUNK, and each `digest_chunk` writes its rows and delivers them
over one connection to the mail server.
"""

import datetime
import logging

from celery import shared_task

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from .services import digests, outbox, reminders, retention

logger = logging.getLogger(__name__)


@shared_task(bind=True, max_retries=None, ignore_result=True)
def deliver_notification(self, pk: int) -> str:
    """Send one notification; on an SMTP error try again later, waiting longer each time."""
    outcome = outbox.notification_deliver(pk)
    if outcome.retry_in is not None and not self.request.is_eager:
        raise self.retry(countdown=outcome.retry_in)
    # In-process (no broker) a later try is the sweep's.
    return outcome.status


@shared_task(ignore_result=True)
def notifications_sweep() -> dict:
    """Deliver whatever is still pending and due, e.g. after the broker or mail server was down."""
    counts = outbox.outbox_sweep()
    if counts:
        logger.info("Notification sweep: %s", counts)
    return counts


@shared_task(ignore_result=True)
def digests_send(frequency: str) -> int:
    """Fan a digest out to every confirmed subscriber of this frequency, in chunks; returns the chunks."""
    now = timezone.now()
    label = digests.digest_label(frequency, now)
    ids = digests.digest_subscriber_ids(frequency)
    size = settings.NOTIFICATIONS_DIGEST_CHUNK
    chunks = [ids[start : start + size] for start in range(0, len(ids), size)]
    for chunk in chunks:
        digest_chunk.delay(frequency, label, now.isoformat(), chunk)
    return len(chunks)


@shared_task(ignore_result=True)
def digest_chunk(frequency: str, label: str, cutoff: str, subscriber_ids: list[int]) -> dict:
    """Write one chunk's digests (none for a subscriber without news) and deliver them."""
    pks = digests.digest_chunk_record(
        frequency=frequency,
        label=label,
        cutoff=datetime.datetime.fromisoformat(cutoff),
        subscriber_ids=subscriber_ids,
    )
    return outbox.notification_deliver_many(pks)


@shared_task(ignore_result=True)
def overdue_reminders() -> int:
    """Every week: the responsible people's overdue deliverables and action items."""
    with transaction.atomic():
        written = reminders.overdue_reminders_record(timezone.localdate())
    return len(written)


@shared_task(ignore_result=True)
def personal_data_purge() -> dict:
    """Every day: lapsed and unsubscribed subscribers, and old messages of the outbox, go."""
    return retention.personal_data_purge()
