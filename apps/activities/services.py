"""Writes of the calendar, each atomic: registrations, cancellations, retention, and the loader.

A registration and a cancellation lock the event's row first (`select_for_update`), so two
people asking for the last place at once are served one after the other: one gets it, the
other joins the waiting list. Events are announced through events.py inside the same transaction.
"""

from calendar import monthrange
from dataclasses import dataclass
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models.functions import Coalesce
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import Site

from apps.core.caching import versioned as cache
from apps.core.caching.versioned import PAGES
from apps.core.events import send_event
from apps.core.loading import page_upsert, record_upsert, translated_values

from . import content, events, selectors
from .models import PENDING_HOURS, Activity, ActivityIndexPage, Registration, new_registration_token

S = Registration.Status


def normalised_email(email: str) -> str:
    return email.strip().lower()


def registration_token(registration: Registration) -> str:
    """The reference in the confirmation and cancellation links: random, new at each registration."""
    return registration.token


def registration_from_token(token: str) -> Registration | None:
    if not token:
        return None
    return Registration.objects.select_related("activity").filter(token=token).first()


@dataclass
class RegistrationResult:
    registration: Registration
    created: bool


def _fullness_changed(activity: Activity, was_full: bool) -> None:
    """The event's page says whether places are left: its cached copies change when that does."""
    if activity.capacity is not None and was_full != selectors.is_full(activity):
        transaction.on_commit(lambda: cache.bump(PAGES))


@transaction.atomic
def registration_create(
    *, activity: Activity, data: dict, rate_limits_off: bool = False
) -> RegistrationResult:
    """Register a person for activity, pending until the address is confirmed from the e-mail.

    Nothing is decided yet: a pending registration holds no place. The e-mail carries the link
    that confirms (registration_confirm), and only the event's own text. An address already
    confirmed gets its registration back unchanged (`created` False). An address still pending
    is sent its link again, with what was typed this time. A cancelled or lapsed registration
    starts again, with a new token, so an old link does nothing to the new registration.
    """
    locked = Activity.objects.select_for_update().get(pk=activity.pk)
    if not locked.accepts_registrations:
        raise ValidationError(_("Registration for this event is closed."))
    email = normalised_email(data.get("email", ""))
    existing = selectors.registration_for_email(locked, email) if email else None
    if existing is not None and existing.status in (S.CONFIRMED, S.WAITLISTED):
        return RegistrationResult(existing, created=False)
    registration = existing or Registration(activity=locked)
    for name in ("name", "organisation", "language"):
        setattr(registration, name, data.get(name, "").strip())
    registration.email = email
    again = existing is not None and existing.status == S.PENDING and not existing.pending_expired
    if not again:
        registration.status = S.PENDING
        registration.token = new_registration_token()
        registration.created = timezone.now()
        registration.cancelled = None
        registration.promoted = None
    registration.received_without_rate_limit = rate_limits_off
    registration.full_clean(validate_unique=False)
    registration.save()
    # Each sending is its own message: the moment keeps them apart in the outbox.
    send_event(
        events.registration_pending,
        sender=Registration,
        registration_id=registration.pk,
        moment=timezone.now().timestamp(),
    )
    return RegistrationResult(registration, created=not again)


@transaction.atomic
def registration_confirm(*, registration: Registration) -> Registration:
    """The address is confirmed from the e-mail: a place while places are left, else the waiting list.

    The queue's order is the order of confirmation. Confirming twice changes nothing; a lapsed
    registration, or one for an event that no longer takes registrations, is left as it is.
    """
    locked = Activity.objects.select_for_update().get(pk=registration.activity_id)
    current = Registration.objects.get(pk=registration.pk)
    if current.status != S.PENDING or current.pending_expired or not locked.accepts_registrations:
        return current
    was_full = selectors.is_full(locked)
    current.status = S.WAITLISTED if was_full else S.CONFIRMED
    current.created = timezone.now()
    current.save(update_fields=["status", "created"])
    _fullness_changed(locked, was_full)
    signal = events.registration_waitlisted if was_full else events.registration_confirmed
    send_event(signal, sender=Registration, registration_id=current.pk)
    return current


def pending_expired(now=None):
    """Registrations whose address was not confirmed in time: they never held a place."""
    now = now or timezone.now()
    return Registration.objects.filter(status=S.PENDING, created__lt=now - timedelta(hours=PENDING_HOURS))


@transaction.atomic
def pending_expired_delete(*, now=None) -> int:
    """Delete the lapsed pending registrations, and what was typed in them, for good."""
    deleted, _counts = pending_expired(now).delete()
    return deleted


@transaction.atomic
def registration_cancel(*, registration: Registration) -> Registration:
    """Cancel; a place that comes free goes to the first person on the waiting list.

    Cancelling twice changes nothing the second time.
    """
    activity = Activity.objects.select_for_update().get(pk=registration.activity_id)
    current = Registration.objects.get(pk=registration.pk)
    if current.status == S.CANCELLED:
        return current
    was_full = selectors.is_full(activity)
    freed_a_place = current.status == S.CONFIRMED
    # An address never confirmed is sent nothing more than its confirmation link.
    tell = current.status != S.PENDING
    current.status = S.CANCELLED
    current.cancelled = timezone.now()
    current.save(update_fields=["status", "cancelled"])
    if tell:
        send_event(events.registration_cancelled, sender=Registration, registration_id=current.pk)
    if freed_a_place:
        waiting_list_promote(activity=activity)
    _fullness_changed(activity, was_full)
    return current


@transaction.atomic
def registration_status_change(*, registration: Registration, status: str) -> Registration:
    """Staff change a registration's status, by the same rules as the public's changes.

    Cancelling frees the place for the waiting list; confirming someone on the waiting list, out
    of turn, needs a free place; see Registration.status_change_error for what is refused.
    """
    activity = Activity.objects.select_for_update().get(pk=registration.activity_id)
    current = Registration.objects.get(pk=registration.pk)
    was_full = selectors.is_full(activity)
    error = current.status_change_error(status, full=was_full)
    if error:
        raise ValidationError(error)
    if status == current.status:
        return current
    if status == S.CANCELLED:
        return registration_cancel(registration=current)
    if current.status == S.PENDING:
        # Staff vouch for the address: the person hears of their place as if they had confirmed.
        current.status = S.CONFIRMED
        current.save(update_fields=["status"])
        send_event(events.registration_confirmed, sender=Registration, registration_id=current.pk)
    else:
        current.status = S.CONFIRMED
        current.promoted = timezone.now()
        current.save(update_fields=["status", "promoted"])
        send_event(events.registration_promoted, sender=Registration, registration_id=current.pk)
    _fullness_changed(activity, was_full)
    return current


def waiting_list_promote(*, activity: Activity) -> list[Registration]:
    """Give free places to the waiting list in order. Call with the event's row locked.

    Once the event is over, its waiting list stays as it is: nobody is told of a place in it.
    """
    if activity.is_past:
        return []
    if activity.capacity is None:
        free = selectors.waiting_list(activity).count()
    else:
        free = activity.capacity - selectors.confirmed_count(activity)
    promoted = list(selectors.waiting_list(activity)[: max(free, 0)])
    now = timezone.now()
    for registration in promoted:
        registration.status = S.CONFIRMED
        registration.promoted = now
        registration.save(update_fields=["status", "promoted"])
        send_event(events.registration_promoted, sender=Registration, registration_id=registration.pk)
    return promoted


@transaction.atomic
def capacity_changed(*, activity: Activity) -> list[Registration]:
    """After staff raise the capacity (or remove it), the waiting list moves up."""
    locked = Activity.objects.select_for_update().get(pk=activity.pk)
    was_full = selectors.is_full(locked)
    promoted = waiting_list_promote(activity=locked)
    _fullness_changed(locked, was_full)
    return promoted


def retention_cutoff(now=None):
    """REGISTRATION_RETENTION_MONTHS calendar months before now (the 31st falls back to the month's end)."""
    now = now or timezone.now()
    years, month_index = divmod(now.month - 1 - settings.REGISTRATION_RETENTION_MONTHS, 12)
    year, month = now.year + years, month_index + 1
    return now.replace(year=year, month=month, day=min(now.day, monthrange(year, month)[1]))


@transaction.atomic
def registrations_anonymise(*, now=None) -> int:
    """Blank the name, address and organisation of registrations for events that ended long ago.

    The rows stay, with their status and language, so the counts of an event do not change.
    An event without a date keeps its registrations until it has one.
    """
    cutoff = retention_cutoff(now)
    old = Activity.objects.annotate(ends=Coalesce("end", "start")).filter(ends__lt=cutoff)
    due = Registration.objects.filter(activity__in=old.values("pk"), anonymised=None)
    ids = list(due.values_list("pk", flat=True))
    Registration.objects.filter(pk__in=ids).update(
        name="", email="", organisation="", anonymised=now or timezone.now()
    )
    if ids:
        # The copies elsewhere (the outbox's messages to these addresses) go in this transaction.
        send_event(events.registrations_anonymised, sender=Registration, registration_ids=ids)
    return len(ids)


# Content loader


@transaction.atomic
def final_conference_load() -> Activity:
    """The final conference of WP5, which the sources plan without giving a date or a place.

    A fact edited in the database is put back; a revision is saved only when something changed,
    so a second run changes nothing.
    """
    entry = content.FINAL_CONFERENCE
    values = {
        "kind": Activity.Kind.CONFERENCE,
        "work_package": entry["work_package"],
        "is_public": True,
        "registration_open": False,
    }
    values.update(translated_values(entry, ("title", "description")))
    return record_upsert(Activity, {"slug": entry["slug"]}, values)


def activities_load() -> str:
    """The events page below home, in five languages, and the final conference."""
    home = Site.objects.get(is_default_site=True).root_page
    with translation.override(settings.LANGUAGE_CODE):
        page_upsert(parent=home, model=ActivityIndexPage, entry=content.INDEX, extra={"show_in_menus": True})
        final_conference_load()
    public = Activity.objects.filter(is_public=True).count()
    undated = Activity.objects.filter(is_public=True, start=None).count()
    return f"the events page and {public} public events ({undated} without a date yet)"
