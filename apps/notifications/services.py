"""Writes of notifications: the outbox, delivery, subscriptions, unsubscribes, digests, reminders.

The outbox's rules:
- `record` writes one row per (event, address) in the caller's transaction; the unique
  constraint makes recording the same event twice a no-op. It queues delivery with
  `transaction.on_commit`, so nothing is sent for a rolled-back event.
- `enqueue` never fails the request that caused the event: with the broker down it logs and
  leaves the rows pending for the sweep.
- `deliver` claims a row with one conditional UPDATE (pending and due → sending), so two
  workers, or a task and the sweep, never send the same row twice. An SMTP error puts the row
  back to pending with a later `next_attempt` (exponential backoff) until
  NOTIFICATIONS_MAX_ATTEMPTS, then marks it failed; every try is a DeliveryAttempt.
- A row left "sending" by a worker that died is handed back by the sweep after
  NOTIFICATIONS_STALE_SECONDS: in that window a message may go out twice, never zero times.
"""

import datetime
import logging
import re
import smtplib
from collections.abc import Iterable
from dataclasses import dataclass

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import F, Q
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation

from apps.core.mail import AutomatedEmail

from . import recipients as who
from . import tokens
from .models import (
    DeliveryAttempt,
    Frequency,
    Kind,
    NewCase,
    Notification,
    OptOut,
    Subscriber,
    address_hash,
    address_hashes,
)
from .recipients import Recipient

logger = logging.getLogger(__name__)
N = Notification.Status
# Errors of the mail server or the network: worth trying again later.
TRANSIENT_ERRORS = (smtplib.SMTPException, OSError)


# The outbox


def record(*, kind: str, template: str, event_key: str, to: Iterable[Recipient], context: dict) -> list[int]:
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
        transaction.on_commit(lambda: enqueue(written))
    return written


def enqueue(pks: Iterable[int]) -> None:
    """Queue a delivery task per notification; with the broker down, leave them to the sweep."""
    from .tasks import deliver_notification

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


def claim(pk: int) -> bool:
    """Take a due, pending notification for sending; False if another took it or it is not due."""
    now = timezone.now()
    return bool(
        Notification.objects.filter(pk=pk, status=N.PENDING)
        .filter(Q(next_attempt__isnull=True) | Q(next_attempt__lte=now))
        .update(status=N.SENDING, claimed=now, attempts=F("attempts") + 1)
    )


def deliver(pk: int, connection=None) -> Outcome:
    """Send one notification, at most once however often it is called."""
    if not claim(pk):
        return Outcome("not due")
    notification = Notification.objects.get(pk=pk)
    if _refused(notification):
        Notification.objects.filter(pk=pk).update(status=N.SKIPPED)
        return Outcome(N.SKIPPED)
    try:
        message = render_message(notification)
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
    return is_list(notification) and bool(who.opted_out([notification.email], notification.kind))


def deliver_many(pks: Iterable[int]) -> dict[str, int]:
    """Deliver several notifications over one connection to the mail server (digests, the sweep)."""
    from .tasks import deliver_notification

    counts: dict[str, int] = {}
    connection = get_connection()
    try:
        connection.open()
    except TRANSIENT_ERRORS:
        logger.warning("Mail server unreachable; the notifications stay pending", exc_info=True)
        connection = None
    try:
        for pk in pks:
            outcome = deliver(pk, connection=connection)
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


def sweep(limit: int = 2000) -> dict[str, int]:
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
    return deliver_many(list(due))


@transaction.atomic
def resend(notification: Notification) -> bool:
    """Staff send a failed or skipped notification again; False if it is pending or sent."""
    updated = Notification.objects.filter(pk=notification.pk, status__in=[N.FAILED, N.SKIPPED]).update(
        status=N.PENDING, next_attempt=None
    )
    if updated:
        transaction.on_commit(lambda: enqueue([notification.pk]))
    return bool(updated)


# Rendering, in the recipient's language


def absolute(path: str) -> str:
    return (
        path
        if path.startswith(("http://", "https://"))
        else settings.NOTIFICATIONS_BASE_URL.rstrip("/") + path
    )


def unsubscribe_url(notification: Notification) -> str:
    token = tokens.unsubscribe_token(notification.email, notification.kind)
    return absolute(reverse("notifications:unsubscribe", args=[token]))


def is_list(notification: Notification) -> bool:
    """Whether a subscription or an account's choice is behind the message, so that its reader
    may unsubscribe: the digest and the kinds an account turns on and off. An account's own
    message (a password reset), the answers to one event registration and the request to confirm
    a subscription not yet made are no list, and offer no unsubscribing."""
    return is_a_list(notification.kind, notification.template)


def is_a_list(kind: str, template: str) -> bool:
    """`is_list` for a message not yet written: its kind and template."""
    from .models import ACCOUNT_KINDS

    return kind in ACCOUNT_KINDS or (kind == Kind.DIGEST and template == "digest")


def unsubscribe_headers(notification: Notification, context: dict) -> dict:
    """RFC 2369 and RFC 8058: one POST to this address unsubscribes, with no login and no form."""
    if not context.get("unsubscribe_url"):
        return {}
    return {
        "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
    }


def render_message(notification: Notification) -> AutomatedEmail | None:
    """Subject, plain text and HTML of a notification, with its reader's language active.

    An automated message (apps.core.mail): Auto-Submitted, a Message-ID on the portal's domain
    and a subject folded within RFC 2047's limits.
    """
    from .content import message_context

    with translation.override(notification.language):
        context = message_context(notification)
        if context is None:
            return None
        context.update(
            {
                "notification": notification,
                "language": notification.language,
                "unsubscribe_url": unsubscribe_url(notification) if is_list(notification) else "",
                "preferences_url": absolute(reverse("notifications:preferences")),
                "site_name": settings.WAGTAIL_SITE_NAME,
            }
        )
        base = f"notifications/email/{notification.template}"
        # ASCII white space only: French keeps its no-break space before ":" in a subject.
        subject = render_to_string(f"{base}.subject.txt", context)
        subject = re.sub(r"\s+", " ", subject, flags=re.ASCII).strip()
        text = render_to_string(f"{base}.txt", context)
        html = render_to_string(f"{base}.html", context)
    message = AutomatedEmail(
        subject=subject,
        body=text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[notification.email],
        headers={
            "Content-Language": notification.language,
            "X-Notification-Id": str(notification.pk),
            **unsubscribe_headers(notification, context),
        },
    )
    message.attach_alternative(html, "text/html")
    return message


# Subscriptions of people without an account


def normalised(email: str) -> str:
    return email.strip().lower()


@transaction.atomic
def subscribe(
    *, email: str, language: str, countries: list[str], themes, frequency: str, rate_limits_off: bool = False
) -> Subscriber:
    """Ask an address to confirm its subscription; the same answer whether it is known or not.

    A new or lapsed (unconfirmed or unsubscribed) address gets its choices and a confirmation
    link; an address already confirmed is left as it is, so nobody can change someone else's
    subscription by typing their address.
    """
    email = normalised(email)
    subscriber = Subscriber.objects.select_for_update().filter(email=email).first()
    if subscriber is not None and subscriber.is_active:
        return subscriber
    if subscriber is None:
        subscriber = Subscriber(email=email)
    subscriber.language = language
    subscriber.countries = sorted(set(countries))
    subscriber.frequency = frequency
    subscriber.confirmed = None
    subscriber.unsubscribed = None
    subscriber.received_without_rate_limit = rate_limits_off
    subscriber.full_clean(exclude=["themes"])
    subscriber.save()
    subscriber.themes.set(themes)
    OptOut.objects.filter(email_hash__in=address_hashes(email), kind=Kind.DIGEST).delete()
    record(
        kind=Kind.DIGEST,
        template="subscription_confirm",
        event_key=f"subscription_confirm:{subscriber.pk}:{timezone.now().isoformat()}",
        to=[Recipient(email=email, language=language, subscriber_id=subscriber.pk)],
        context={"subscriber_id": subscriber.pk},
    )
    return subscriber


def subscriber_from_confirm_token(token: str) -> Subscriber | None:
    payload = tokens.confirm_payload(token)
    if payload is None:
        return None
    pk, email = payload
    return Subscriber.objects.filter(pk=pk, email=email).first()


@transaction.atomic
def confirm(subscriber: Subscriber) -> Subscriber:
    """Confirm the subscription; the digests start with the cases published from now on."""
    locked = Subscriber.objects.select_for_update().get(pk=subscriber.pk)
    if locked.confirmed is None or locked.unsubscribed is not None:
        now = timezone.now()
        locked.confirmed = now
        locked.unsubscribed = None
        locked.digest_through = now
        locked.save(update_fields=["confirmed", "unsubscribed", "digest_through"])
    return locked


@transaction.atomic
def unsubscribe(*, email: str, kind: str) -> None:
    """Stop a kind of message to an address: one click, no login, the same twice as once."""
    email = normalised(email)
    if kind not in Kind.values:
        return
    OptOut.objects.get_or_create(email_hash=address_hash(email), kind=kind)
    if kind == Kind.DIGEST:
        Subscriber.objects.filter(email=email, unsubscribed__isnull=True).update(unsubscribed=timezone.now())


@transaction.atomic
def preferences_save(*, user, kinds_on: Iterable[str]) -> None:
    """A signed-in person's choice of messages: every account kind not chosen is opted out."""
    from .models import ACCOUNT_KINDS

    email = normalised(user.email)
    on = set(kinds_on)
    for kind in ACCOUNT_KINDS:
        if kind in on:
            OptOut.objects.filter(email_hash__in=address_hashes(email), kind=kind).delete()
        else:
            OptOut.objects.get_or_create(email_hash=address_hash(email), kind=kind)


@transaction.atomic
def opt_outs_move(*, old: str, new: str) -> int:
    """A person's address changed: the choices of their account follow it. Returns how many moved.

    Only the kinds an account chooses (ACCOUNT_KINDS) move: a digest subscription and an event
    registration belong to the address, which someone may still use. A kind already opted out at
    the new address stays as it is.
    """
    from .models import ACCOUNT_KINDS

    old, new = normalised(old), normalised(new)
    if not old or old == new:
        return 0
    mine = OptOut.objects.filter(email_hash__in=address_hashes(old), kind__in=ACCOUNT_KINDS)
    already = OptOut.objects.filter(email_hash__in=address_hashes(new)).values_list("kind", flat=True)
    mine.filter(kind__in=list(already)).delete()
    return mine.update(email_hash=address_hash(new))


# Digests of new cases


def new_case_record(*, case_id: int, country: str, theme_ids: list[int]) -> None:
    """The news of a first publication; later revisions of the case are not news again."""
    NewCase.objects.get_or_create(case_id=case_id, defaults={"country": country, "theme_ids": theme_ids})


def digest_label(frequency: str, now: datetime.datetime) -> str:
    day = timezone.localtime(now).date()
    if frequency == Frequency.WEEKLY:
        year, week, _weekday = day.isocalendar()
        return f"{year}-W{week:02d}"
    return day.isoformat()


def active_subscriber_ids(frequency: str) -> list[int]:
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

    A subscriber with no news gets no row, so no empty digest. Written in one transaction with
    the subscribers' cursors, so a digest is neither lost nor repeated when a chunk runs again.
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
            event_key=f"digest:{frequency}:{label}", email__in=[row.email for row in rows], status=N.PENDING
        ).values_list("pk", flat=True)
    )


# Weekly reminders of what is overdue


@transaction.atomic
def overdue_record(today: datetime.date) -> list[int]:
    """One message per responsible person: their organisations' overdue deliverables and items.

    Whatever has no responsible organisation with members goes to the superusers.
    """
    from apps.strategies.models import ActionItem
    from apps.workpackages.models import Deliverable

    deliverables = Deliverable.objects.overdue(today).values_list("pk", "work_package__lead_partner_id")
    items = ActionItem.objects.overdue(today).values_list("pk", "responsible_organisation_id")
    per_person: dict[str, dict] = {}

    def add(people: list[Recipient], key: str, pk: int):
        for person in people:
            entry = per_person.setdefault(
                person.email, {"person": person, "deliverables": [], "action_items": []}
            )
            if pk not in entry[key]:
                entry[key].append(pk)

    members: dict[int | None, list[Recipient]] = {}
    for key, rows in (("deliverables", deliverables), ("action_items", items)):
        for pk, organisation_id in rows:
            if organisation_id not in members:
                members[organisation_id] = (
                    who.organisation_members([organisation_id]) if organisation_id else []
                )
            add(members[organisation_id] or who.superusers(), key, pk)
    year, week, _weekday = today.isocalendar()
    written = []
    for entry in per_person.values():
        written += record(
            kind=Kind.OVERDUE,
            template="overdue",
            event_key=f"overdue:{year}-W{week:02d}",
            to=[entry["person"]],
            context={"deliverables": entry["deliverables"], "action_items": entry["action_items"]},
        )
    return written


# Retention of personal data (README: Retention of personal data)


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
        status__in=[Notification.Status.SENT, Notification.Status.SKIPPED, Notification.Status.FAILED],
        created__lt=now - datetime.timedelta(days=settings.NOTIFICATIONS_KEEP_DAYS),
    )
    messages += _delete_messages(finished)
    return {"subscribers": len(gone_ids), "messages": messages}
