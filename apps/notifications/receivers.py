"""The listeners: each domain event becomes outbox rows, in the transaction of the event.

They only write rows; delivery is queued on commit by `notification_record`. The domains never
import this module; it connects to their signals when the app is ready.
"""

from django.contrib.auth import get_user_model
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver
from django.utils import timezone

from apps.activities import events as activity_events
from apps.activities.models import Registration
from apps.mapping import events as mapping_events
from apps.mapping.models import MappingEntry
from apps.practices import events as library_events
from apps.practices.models import Nomination, PracticePage
from apps.reports import events as report_events
from apps.reports.models import ReportRequest
from apps.users import events as user_events

from . import recipients as who
from .content import ACCOUNT_KIND, NOMINATION_KIND
from .models import Kind, Notification
from .recipients import Recipient
from .services.digests import new_case_record
from .services.outbox import notification_record
from .services.retention import _delete_messages, registration_copies_purge
from .services.subscriptions import opt_outs_move


@receiver(library_events.replication_requested, dispatch_uid="notifications-replication")
def replication_requested(sender, request_id, **kwargs):
    notification_record(
        kind=Kind.REPLICATION,
        template="replication_requested",
        event_key=f"replication_requested:{request_id}",
        to=who.replication_staff(),
        context={"request_id": request_id},
    )


@receiver(library_events.case_published, dispatch_uid="notifications-new-case")
def case_published(sender, case_id, **kwargs):
    case = PracticePage.objects.filter(pk=case_id).first()
    if case is not None:
        new_case_record(
            case_id=case_id, country=case.country, theme_ids=list(case.themes.values_list("pk", flat=True))
        )


def _to_nominator(nomination_id: int, template: str, moment) -> None:
    nomination = Nomination.objects.filter(pk=nomination_id).first()
    if nomination is None or not nomination.email:
        return
    notification_record(
        kind=NOMINATION_KIND,
        template=template,
        event_key=f"{template}:{nomination_id}:{moment}",
        to=[Recipient(email=nomination.email, language=nomination.language)],
        context={"nomination_id": nomination_id},
    )


@receiver(library_events.nomination_received, dispatch_uid="notifications-nomination-received")
def nomination_received(sender, nomination_id, moment, **kwargs):
    """The link that confirms a nomination's address: its context holds no typed text."""
    _to_nominator(nomination_id, "nomination_pending", moment)


@receiver(library_events.nomination_decided, dispatch_uid="notifications-nomination-decided")
def nomination_decided(sender, nomination_id, moment, **kwargs):
    """The editors' decision, with their comment, in the nomination's language."""
    _to_nominator(nomination_id, "nomination_decided", moment)


@receiver(library_events.nominations_anonymised, dispatch_uid="notifications-nominations-anonymised")
def nominations_anonymised(sender, nomination_ids, **kwargs):
    """What the nominations no longer hold, the outbox no longer holds either."""
    if nomination_ids:
        _delete_messages(
            Notification.objects.filter(kind=NOMINATION_KIND, context__nomination_id__in=list(nomination_ids))
        )


MAPPING_TEMPLATES = {
    mapping_events.entry_submitted: ("entry_submitted", "reviewers"),
    mapping_events.entry_resubmitted: ("entry_resubmitted", "reviewers"),
    mapping_events.changes_requested: ("changes_requested", "organisation"),
    mapping_events.entry_approved: ("entry_approved", "organisation"),
    mapping_events.entry_rejected: ("entry_rejected", "organisation"),
}


def mapping_step(sender, signal, entry_id, transition_id, **kwargs):
    template, audience = MAPPING_TEMPLATES[signal]
    organisation_id = (
        MappingEntry.objects.filter(pk=entry_id).values_list("organisation_id", flat=True).first()
    )
    if audience == "reviewers":
        kind, to = Kind.MAPPING_REVIEW, who.mapping_reviewers(deciding_on_organisation=organisation_id)
    else:
        kind, to = Kind.MAPPING_DECISION, who.organisation_members([organisation_id])
    notification_record(
        kind=kind,
        template=template,
        event_key=f"{template}:{transition_id}",
        to=to,
        context={"entry_id": entry_id, "transition_id": transition_id, "audience": audience},
    )


for _signal, (_template, _audience) in MAPPING_TEMPLATES.items():
    _signal.connect(mapping_step, dispatch_uid=f"notifications-{_template}")


REGISTRATION_TEMPLATES = {
    activity_events.registration_confirmed: ("registration_confirmed", "created"),
    activity_events.registration_waitlisted: ("registration_waitlisted", "created"),
    activity_events.registration_promoted: ("registration_promoted", "promoted"),
    activity_events.registration_cancelled: ("registration_cancelled", "cancelled"),
}


def registration_step(sender, signal, registration_id, **kwargs):
    template, moment_field = REGISTRATION_TEMPLATES[signal]
    registration = Registration.objects.filter(pk=registration_id).first()
    if registration is None or not registration.email:
        return
    # A registration cancelled and made again is the same row: the moment keeps its events apart.
    moment = getattr(registration, moment_field) or timezone.now()
    notification_record(
        kind=Kind.REGISTRATION,
        template=template,
        event_key=f"{template}:{registration_id}:{moment.timestamp()}",
        to=[Recipient(email=registration.email, language=registration.language)],
        context={"registration_id": registration_id},
    )


for _signal, (_template, _field) in REGISTRATION_TEMPLATES.items():
    _signal.connect(registration_step, dispatch_uid=f"notifications-{_template}")


@receiver(activity_events.registration_pending, dispatch_uid="notifications-registration-pending")
def registration_pending(sender, registration_id, moment, **kwargs):
    """The link that confirms an address nobody has confirmed yet: its context holds no typed text."""
    registration = Registration.objects.filter(pk=registration_id).first()
    if registration is None or not registration.email:
        return
    notification_record(
        kind=Kind.REGISTRATION,
        template="registration_pending",
        event_key=f"registration_pending:{registration_id}:{moment}",
        to=[Recipient(email=registration.email, language=registration.language)],
        context={"registration_id": registration_id},
    )


@receiver(activity_events.registrations_anonymised, dispatch_uid="notifications-registrations-anonymised")
def registrations_anonymised(sender, registration_ids, **kwargs):
    """What the registrations no longer hold, the outbox no longer holds either."""
    registration_copies_purge(registration_ids=registration_ids)


@receiver(post_delete, sender=Registration, dispatch_uid="notifications-registration-deleted")
def registration_deleted(sender, instance, **kwargs):
    """A registration deleted (an unconfirmed one lapsed, or staff deleted it) takes its messages along."""
    registration_copies_purge(registration_ids=[instance.pk])


@receiver(user_events.password_reset_requested, dispatch_uid="notifications-password-reset")
def password_reset_requested(sender, email, language, **kwargs):
    """A row for every address asked for, known or not: whether an account has it is decided at
    delivery (content.password_reset), so the request does the same work for any address."""
    if not email:
        return
    # The account's own language if one has the address (one indexed query, whatever the answer).
    own = (
        get_user_model()
        .objects.filter(email__iexact=email, is_active=True)
        .values_list("preferred_language", flat=True)
        .first()
    )
    notification_record(
        kind=ACCOUNT_KIND,
        template="password_reset",
        event_key=f"password_reset:{timezone.now().timestamp()}",
        to=[Recipient(email=email, language=own or language)],
        context={},
    )


@receiver(report_events.report_ready, dispatch_uid="notifications-report-ready")
def report_ready(sender, request_id, **kwargs):
    """Whoever ordered a report hears that it is ready; the public compendia have nobody to tell."""
    user_id = ReportRequest.objects.filter(pk=request_id).values_list("requested_by_id", flat=True).first()
    if user_id is None:
        return
    notification_record(
        kind=Kind.REPORT,
        template="report_ready",
        # A report made again (a compendium regenerated) is a new event each time it is ready.
        event_key=f"report_ready:{request_id}:{timezone.now().timestamp()}",
        to=who.users([user_id]),
        context={"request_id": request_id},
    )


@receiver(pre_save, sender=get_user_model(), dispatch_uid="notifications-address-before")
def address_before(sender, instance, raw=False, update_fields=None, **kwargs):
    """Note the address a person had, so that their preferences follow a change of it."""
    if raw or instance.pk is None or (update_fields is not None and "email" not in update_fields):
        return
    instance._address_before = sender.objects.filter(pk=instance.pk).values_list("email", flat=True).first()


@receiver(post_save, sender=get_user_model(), dispatch_uid="notifications-address-changed")
def address_changed(sender, instance, raw=False, **kwargs):
    """Preferences are kept by address: when a person's address changes, they follow it."""
    old = instance.__dict__.pop("_address_before", None)
    if not raw and old:
        opt_outs_move(old=old, new=instance.email)
