"""Who wants which messages: subscriptions without an account, unsubscribes, an account's choices.

An unsubscribe or a choice is kept as an opt-out, by a keyed hash of the address
(models.address_hash), so it holds for the address whoever sends to it.
"""

from collections.abc import Iterable

from django.db import transaction
from django.utils import timezone

from .. import tokens
from ..models import ACCOUNT_KINDS, Kind, OptOut, Subscriber, address_hash, address_hashes
from ..recipients import Recipient
from .outbox import notification_record


def normalised(email: str) -> str:
    return email.strip().lower()


@transaction.atomic
def subscription_request(
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
    notification_record(
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
def subscriber_confirm(subscriber: Subscriber) -> Subscriber:
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
def address_unsubscribe(*, email: str, kind: str) -> None:
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
    old, new = normalised(old), normalised(new)
    if not old or old == new:
        return 0
    mine = OptOut.objects.filter(email_hash__in=address_hashes(old), kind__in=ACCOUNT_KINDS)
    already = OptOut.objects.filter(email_hash__in=address_hashes(new)).values_list("kind", flat=True)
    mine.filter(kind__in=list(already)).delete()
    return mine.update(email_hash=address_hash(new))
