"""What each message says: its context, read from the domains when it is sent.

The outbox keeps ids only; the records are read at delivery, with the recipient's language
active, so titles and links are in that language (a page's URL starts with `/<language>/`).
A context of None means there is nothing left to send (a digest whose cases are all gone).
"""

from django.urls import reverse
from django.utils import translation

from apps.vocabulary.models import COUNTRIES

from .models import Kind, Notification
from .services.rendering import absolute


def _page_url(page) -> str:

    return absolute(page.get_url() or "/")


def _admin_url(name: str, *args) -> str:
    from django.conf import settings

    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(name, args=args)


def replication(notification: Notification) -> dict:
    from apps.practices.models import ReplicationRequest

    request = ReplicationRequest.objects.select_related("practice").get(pk=notification.context["request_id"])
    return {
        "request": request,
        "case_title": request.practice.specific.title,
        "case_url": _page_url(request.practice),
        "admin_url": _admin_url("wagtailsnippets_practices_replicationrequest:edit", request.pk),
        "request_language": dict(_languages()).get(request.language, request.language),
    }


def _languages():
    from django.conf import settings

    return settings.LANGUAGES


def mapping(notification: Notification) -> dict:
    from apps.mapping.models import MappingEntry, Transition

    entry = MappingEntry.objects.select_related("organisation").get(pk=notification.context["entry_id"])
    step = Transition.objects.filter(pk=notification.context.get("transition_id")).first()

    if notification.context.get("audience") == "reviewers":
        link = _admin_url("mapping_review", entry.pk)
    else:
        link = absolute(reverse("mapping:entry", args=[entry.pk]))
    return {
        "entry": entry,
        "comment": step.comment if step else "",
        "link": link,
        "country": dict(COUNTRIES).get(entry.country, entry.country),
    }


def registration(notification: Notification) -> dict:
    from apps.activities.models import ActivityIndexPage, Registration
    from apps.activities.services import registration_token

    registration = Registration.objects.select_related("activity").get(
        pk=notification.context["registration_id"]
    )
    activity = registration.activity
    index = ActivityIndexPage.objects.live().first()
    event_url = absolute(f"{index.get_url()}{activity.slug}/") if index and activity.is_public else ""
    return {
        "registration": registration,
        "activity": activity,
        "event_url": event_url,
        "manage_url": absolute(reverse("activities:registration", args=[registration_token(registration)])),
    }


def registration_pending(notification: Notification) -> dict | None:
    """Only the event, from the database, and the link: the address is not confirmed yet, so
    nothing the registrant typed (a name, an organisation) goes to it."""
    from apps.activities.models import PENDING_HOURS, ActivityIndexPage, Registration

    registration = (
        Registration.objects.select_related("activity")
        .filter(pk=notification.context["registration_id"], status=Registration.Status.PENDING)
        .first()
    )
    # Confirmed, cancelled or lapsed meanwhile, or its address changed: the link is not sent.
    if registration is None or registration.email != notification.email:
        return None
    activity = registration.activity
    index = ActivityIndexPage.objects.live().first()
    return {
        "activity": activity,
        "event_url": absolute(f"{index.get_url()}{activity.slug}/") if index and activity.is_public else "",
        "confirm_url": absolute(reverse("activities:registration", args=[registration.token])),
        "hours": PENDING_HOURS,
    }


# The outbox's kind of the messages to a nominator. Like a registration's, they answer one
# person's own request and offer no unsubscribing.
NOMINATION_KIND = Kind.NOMINATION


def nomination_pending(notification: Notification) -> dict | None:
    """Only the link: the address is not confirmed yet, so nothing the nominator typed (the
    initiative's name, a text) goes to it."""
    from apps.practices.models import Nomination
    from apps.practices.selectors.nominations import confirm_days, link_expired

    nomination = Nomination.objects.filter(
        pk=notification.context["nomination_id"], status=Nomination.Status.UNCONFIRMED
    ).first()
    # Confirmed or purged meanwhile, or its link expired: the link is not sent.
    if nomination is None or nomination.email != notification.email or link_expired(nomination):
        return None
    return {
        "confirm_url": absolute(reverse("nomination_confirm", args=[nomination.token])),
        "days": confirm_days(),
    }


def nomination_decided(notification: Notification) -> dict | None:
    """The editors' decision and their comment, as the nomination holds them at delivery."""
    from apps.practices.models import Nomination, PracticeIndexPage

    nomination = Nomination.objects.filter(pk=notification.context["nomination_id"], anonymised=None).first()
    if nomination is None or nomination.status not in (
        Nomination.Status.ACCEPTED,
        Nomination.Status.DECLINED,
    ):
        return None
    index = PracticeIndexPage.objects.live().first()
    return {
        "nomination": nomination,
        "accepted": nomination.status == Nomination.Status.ACCEPTED,
        "comment": nomination.comment,
        "library_url": _page_url(index) if index else "",
    }


# The outbox's kind of the account's own messages (a password-reset link): not one of the kinds
# a person can turn off or unsubscribe from, so no opt-out ever stops it.
ACCOUNT_KIND = Kind.ACCOUNT


def password_reset(notification: Notification) -> dict | None:
    """The reset link for the account with this address; None (nothing sent) when none has it.

    Looked up here, at delivery, so asking costs the same for any address. The link is built
    from NOTIFICATIONS_BASE_URL, in the account's own language.
    """
    from django.contrib.auth import get_user_model
    from django.contrib.auth.tokens import default_token_generator
    from django.utils.encoding import force_bytes
    from django.utils.http import urlsafe_base64_encode

    # The page in the account's language: the notification is written in it (receivers.py).
    user = (
        get_user_model()
        .objects.filter(email__iexact=notification.email, is_active=True)
        .order_by("pk")
        .first()
    )
    if user is None or not user.has_usable_password():
        return None
    link = absolute(
        reverse(
            "account:password_reset_confirm",
            args=[urlsafe_base64_encode(force_bytes(user.pk)), default_token_generator.make_token(user)],
        )
    )
    return {"email": user.email, "reset_url": link}


def digest(notification: Notification) -> dict | None:
    from apps.practices.models import PracticePage

    ids = notification.context.get("cases", [])
    pages = {page.pk: page for page in PracticePage.objects.live().filter(pk__in=ids)}
    countries = dict(COUNTRIES)
    cases = [
        {
            "title": pages[pk].title,
            "url": _page_url(pages[pk]),
            "country": countries.get(pages[pk].country, pages[pk].country),
            "summary": getattr(pages[pk], "summary", ""),
        }
        for pk in ids
        if pk in pages
    ]
    if not cases:
        return None
    return {"cases": cases, "weekly": notification.context.get("frequency") == "weekly"}


def overdue(notification: Notification) -> dict | None:
    from apps.strategies.models import ActionItem
    from apps.workpackages.models import Deliverable

    deliverables = list(
        Deliverable.objects.filter(pk__in=notification.context.get("deliverables", [])).select_related(
            "work_package"
        )
    )
    items = list(
        ActionItem.objects.filter(pk__in=notification.context.get("action_items", [])).select_related(
            "plan__strategy"
        )
    )
    if not deliverables and not items:
        return None
    return {
        "deliverables": deliverables,
        "action_items": items,
        "count": len(deliverables) + len(items),
        "admin_url": _admin_url("wagtailadmin_home"),
    }


def subscription_confirm(notification: Notification) -> dict | None:
    from . import tokens
    from .models import Subscriber

    subscriber = Subscriber.objects.filter(pk=notification.context["subscriber_id"]).first()
    if subscriber is None:
        return None
    return {
        "subscriber": subscriber,
        "confirm_url": absolute(reverse("notifications:confirm", args=[tokens.confirm_token(subscriber)])),
        "days": _confirm_days(),
    }


def _confirm_days() -> int:
    from django.conf import settings

    return max(1, settings.NOTIFICATIONS_CONFIRM_MAX_AGE // 86400)


def report(notification: Notification) -> dict | None:
    from apps.reports.models import ReportRequest

    report = ReportRequest.objects.filter(pk=notification.context["request_id"]).first()
    if report is None or not report.file:
        return None
    return {"report": report, "report_url": _admin_url("reports_detail", report.pk)}


CONTEXTS = {
    "replication_requested": replication,
    "entry_submitted": mapping,
    "entry_resubmitted": mapping,
    "changes_requested": mapping,
    "entry_approved": mapping,
    "entry_rejected": mapping,
    "registration_pending": registration_pending,
    "registration_confirmed": registration,
    "registration_waitlisted": registration,
    "registration_promoted": registration,
    "registration_cancelled": registration,
    "nomination_pending": nomination_pending,
    "nomination_decided": nomination_decided,
    "password_reset": password_reset,
    "digest": digest,
    "overdue": overdue,
    "subscription_confirm": subscription_confirm,
    "report_ready": report,
}


def message_context(notification: Notification) -> dict | None:
    """The template context of a notification; call with its language active."""
    assert translation.get_language() == notification.language
    return CONTEXTS[notification.template](notification)
