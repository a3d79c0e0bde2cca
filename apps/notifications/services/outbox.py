"""The outbox: a notification recorded with its event, delivered after commit, at most once.

- `notification_record` writes one row per (event, address) in the caller's transaction; the
  unique constraint makes recording the same event twice a no-op. It queues delivery with
  `transaction.on_commit`, so nothing is sent for a rolled-back event.
- `notifications_enqueue` never fails the request that caused the event: with the broker down it
  logs and leaves the rows pending for the sweep.
- `notification_deliver` claims a row with one conditional UPDATE (pending and due → sending), so
  two workers, or a task and the sweep, never send the same row twice. An SMTP error puts the row
  back to pending with a later `next_attempt` (exponential backoff) until
  NOTIFICATIONS_MAX_ATTEMPTS, then marks it failed; every try is a DeliveryAttempt.
- A row left "sending" by a worker that died is handed back by the sweep after
  NOTIFICATIONS_STALE_SECONDS: in that window a message may go out twice, never zero times.
"""

import datetime
import logging
import smtplib
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone

from .. import recipients as who
from ..models import DeliveryAttempt, Kind, Notification, Subscriber
from ..recipients import Recipient
from .rendering import is_a_list, notification_is_list, notification_render

logger = logging.getLogger(__name__)
N = Notification.Status
# Errors of the mail server or the network: worth trying again later.
TRANSIENT_ERRORS = (smtplib.SMTPException, OSError)


def notification_record(
    *, kind: str, template: str, event_key: str, to: Iterable[Recipient], context: dict
) -> list[int]:
    """Write one pending notification per recipient who has not opted out; deliver after commit.

    Returns the ids of the rows written now (an event recorded before writes nothing new).
    """
    recipients = list({r.email.lower(): r for r in to if r.email}.values())
    # Only a list honours opt-outs: an unsubscribe recorded before registration messages stopped
    # offering one must not withhold the link that confirms a new registration.
    refused = who.opted_out([r.email for r in recipients], kind) if is_a_list(kind, template) else set()
    written = []
    for recipient in recipients:
        if recipient.email.lower() in refused:
            continue
        notification, created = Notification.objects.get_or_create(
            event_key=event_key,
            email=recipient.email.lower(),
            defaults={
                "kind": kind,
                "template": template,
                "language": recipient.language or settings.LANGUAGE_CODE,
                "user_id": recipient.user_id,
                "subscriber_id": recipient.subscriber_id,
                "context": context,
            },
        )
        if created:
            written.append(notification.pk)
    if written:
        transaction.on_commit(lambda: notifications_enqueue(written))
    return written


def notifications_enqueue(pks: Iterable[int]) -> None:
    """Queue a delivery task per notification; with the broker down, leave them to the sweep."""
    from ..tasks import deliver_notification

    for pk in pks:
        try:
            deliver_notification.delay(pk)
        except Exception:  # noqa: BLE001 - kombu's, redis' or the socket's own error
            logger.warning(
                "Broker unreachable: notification %s stays pending for the sweep", pk, exc_info=True
            )
            return


@dataclass
class Outcome:
    status: str
    retry_in: float | None = None


def backoff_seconds(attempts: int) -> float:
    """Seconds before the next try after `attempts` failed ones: base, 2×base, 4×base, …"""
    return settings.NOTIFICATIONS_RETRY_SECONDS * 2 ** max(attempts - 1, 0)


def notification_claim(pk: int) -> bool:
    """Take a due, pending notification for sending; False if another took it or it is not due."""
    now = timezone.now()
    return bool(
        Notification.objects.filter(pk=pk, status=N.PENDING)
        .filter(Q(next_attempt__isnull=True) | Q(next_attempt__lte=now))
        .update(status=N.SENDING, claimed=now, attempts=F("attempts") + 1)
    )


def notification_deliver(pk: int, connection=None) -> Outcome:
    """Send one notification, at most once however often it is called."""
    if not notification_claim(pk):
        return Outcome("not due")
    notification = Notification.objects.get(pk=pk)
    if _refused(notification):
        Notification.objects.filter(pk=pk).update(status=N.SKIPPED)
        return Outcome(N.SKIPPED)
    try:
        message = notification_render(notification)
    except Exception as error:  # noqa: BLE001 - recorded for staff, who can fix and resend
        logger.exception("Notification %s could not be rendered", pk)
        return _failed(notification, error, final=True)
    if message is None:
        # Nothing left to say (a digest whose cases were all unpublished): no empty message.
        Notification.objects.filter(pk=pk).update(status=N.SKIPPED, last_error="")
        return Outcome(N.SKIPPED)
    try:
        message.connection = connection
        message.send()
    except TRANSIENT_ERRORS as error:
        return _failed(
            notification, error, final=notification.attempts >= settings.NOTIFICATIONS_MAX_ATTEMPTS
        )
    now = timezone.now()
    DeliveryAttempt.objects.create(notification=notification, succeeded=True)
    Notification.objects.filter(pk=pk).update(status=N.SENT, sent=now, next_attempt=None, last_error="")
    return Outcome(N.SENT)


def _failed(notification: Notification, error: Exception, *, final: bool) -> Outcome:
    text = f"{type(error).__name__}: {error}"[:2000]
    DeliveryAttempt.objects.create(notification=notification, succeeded=False, error=text)
    if final:
        Notification.objects.filter(pk=notification.pk).update(status=N.FAILED, last_error=text)
        return Outcome(N.FAILED)
    wait = backoff_seconds(notification.attempts)
    Notification.objects.filter(pk=notification.pk).update(
        status=N.PENDING, last_error=text, next_attempt=timezone.now() + datetime.timedelta(seconds=wait)
    )
    return Outcome(N.PENDING, retry_in=wait)


def _refused(notification: Notification) -> bool:
    """An unsubscribe that arrived after the row was written still stops the message."""
    if notification.kind == Kind.DIGEST and notification.subscriber_id:
        subscriber = Subscriber.objects.filter(pk=notification.subscriber_id).first()
        if subscriber is None or subscriber.unsubscribed is not None:
            return True
        if notification.template == "digest" and subscriber.confirmed is None:
            return True
    return notification_is_list(notification) and bool(who.opted_out([notification.email], notification.kind))


def notification_deliver_many(pks: Iterable[int]) -> dict[str, int]:
    """Deliver several notifications over one connection to the mail server (digests, the sweep)."""
    from ..tasks import deliver_notification

    counts: dict[str, int] = {}
    connection = get_connection()
    try:
        connection.open()
    except TRANSIENT_ERRORS:
        logger.warning("Mail server unreachable; the notifications stay pending", exc_info=True)
        connection = None
    try:
        for pk in pks:
            outcome = notification_deliver(pk, connection=connection)
            counts[outcome.status] = counts.get(outcome.status, 0) + 1
            if outcome.retry_in is not None:
                try:
                    deliver_notification.apply_async((pk,), countdown=outcome.retry_in)
                except Exception:  # noqa: BLE001 - the sweep will find it
                    logger.warning("Broker unreachable: notification %s waits for the sweep", pk)
    finally:
        if connection is not None:
            connection.close()
    return counts


def outbox_sweep(limit: int = 2000) -> dict[str, int]:
    """Deliver what is still pending and due; give back rows a dead worker left "sending"."""
    now = timezone.now()
    stale = now - datetime.timedelta(seconds=settings.NOTIFICATIONS_STALE_SECONDS)
    Notification.objects.filter(status=N.SENDING, claimed__lt=stale).update(status=N.PENDING)
    due = (
        Notification.objects.filter(status=N.PENDING)
        .filter(Q(next_attempt__isnull=True) | Q(next_attempt__lte=now))
        .order_by("created", "pk")
        .values_list("pk", flat=True)[:limit]
    )
    return notification_deliver_many(list(due))


@transaction.atomic
def notification_resend(notification: Notification) -> bool:
    """Staff send a failed or skipped notification again; False if it is pending or sent."""
    updated = Notification.objects.filter(pk=notification.pk, status__in=[N.FAILED, N.SKIPPED]).update(
        status=N.PENDING, next_attempt=None
    )
    if updated:
        transaction.on_commit(lambda: notifications_enqueue([notification.pk]))
    return bool(updated)
