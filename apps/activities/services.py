"""Writes of the calendar, each atomic: registrations, cancellations, retention, and the loader.

A registration and a cancellation lock the event's row first (`select_for_update`), so two
people asking for the last place at once are served one after the other: one gets it, the
other joins the waiting list. Events are announced through events.py inside the same transaction.
"""

from calendar import monthrange
from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.db import transaction
from django.db.models.functions import Coalesce
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.models import Site

from apps.core import cache
from apps.core.cache import PAGES
from apps.core.events import send_event
from apps.core.loading import LANGUAGE_CODES, page_upsert

from . import content, events, selectors
from .models import Activity, ActivityIndexPage, Registration

S = Registration.Status
SIGNING_SALT = "activities.registration"


def normalised_email(email: str) -> str:
    return email.strip().lower()


def registration_token(registration: Registration) -> str:
    """The signed reference in the confirmation and cancellation links; it never expires."""
    return signing.Signer(salt=SIGNING_SALT).sign(str(registration.pk))


def registration_from_token(token: str) -> Registration | None:
    try:
        pk = int(signing.Signer(salt=SIGNING_SALT).unsign(token))
    except (signing.BadSignature, ValueError):
        return None
    return Registration.objects.select_related("activity").filter(pk=pk).first()


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
    """Register a person for activity: a place while places are left, else the waiting list.

    An address already registered gets its registration back unchanged (`created` False), so a
    form sent twice stores one registration. An address whose registration was cancelled
    registers again, at the end of the queue.
    """
    locked = Activity.objects.select_for_update().get(pk=activity.pk)
    if not locked.accepts_registrations:
        raise ValidationError(_("Registration for this event is closed."))
    email = normalised_email(data.get("email", ""))
    existing = selectors.registration_for_email(locked, email) if email else None
    if existing is not None and existing.status != S.CANCELLED:
        return RegistrationResult(existing, created=False)
    was_full = selectors.is_full(locked)
    registration = existing or Registration(activity=locked)
    for name in ("name", "organisation", "language"):
        setattr(registration, name, data.get(name, "").strip())
    registration.email = email
    registration.status = S.WAITLISTED if was_full else S.CONFIRMED
    registration.created = timezone.now()
    registration.cancelled = None
    registration.promoted = None
    registration.received_without_rate_limit = rate_limits_off
    registration.full_clean(validate_unique=False)
    registration.save()
    _fullness_changed(locked, was_full)
    signal = events.registration_waitlisted if was_full else events.registration_confirmed
    send_event(signal, sender=Registration, registration_id=registration.pk)
    return RegistrationResult(registration, created=True)


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
    current.status = S.CANCELLED
    current.cancelled = timezone.now()
    current.save(update_fields=["status", "cancelled"])
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
    return Registration.objects.filter(activity__in=old.values("pk"), anonymised=None).update(
        name="", email="", organisation="", anonymised=now or timezone.now()
    )


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
    for field in ("title", "description"):
        for code in LANGUAGE_CODES:
            values[f"{field}_{code}"] = entry[field][code]
        values[field] = entry[field][settings.LANGUAGE_CODE]
    activity = Activity.objects.filter(slug=entry["slug"]).first()
    if activity is None:
        activity = Activity(slug=entry["slug"], **values)
        activity.full_clean()
        activity.save()
        activity.save_revision(log_action=True)
        return activity
    changed = {name: value for name, value in values.items() if getattr(activity, name) != value}
    if changed:
        for name, value in changed.items():
            setattr(activity, name, value)
        activity.full_clean()
        activity.save()
        activity.save_revision(log_action=True)
    return activity


def activities_load() -> str:
    """The events page below home, in five languages, and the final conference."""
    home = Site.objects.get(is_default_site=True).root_page
    with translation.override(settings.LANGUAGE_CODE):
        page_upsert(parent=home, model=ActivityIndexPage, entry=content.INDEX, extra={"show_in_menus": True})
        final_conference_load()
    public = Activity.objects.filter(is_public=True).count()
    undated = Activity.objects.filter(is_public=True, start=None).count()
    return f"the events page and {public} public events ({undated} without a date yet)"
