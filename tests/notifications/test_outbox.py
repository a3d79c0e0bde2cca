"""The outbox: a row per event and recipient written with the event, the messages of each event,
the weekly reminders, preferences, and what staff see and resend in the admin."""

import datetime

import pytest

from django.conf import settings
from django.contrib.auth.models import Permission
from django.core import mail
from django.db import transaction
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from apps.activities import services as activity_services
from apps.mapping import services as mapping_services
from apps.notifications import tasks
from apps.notifications.models import DeliveryAttempt, Kind, Notification, OptOut, address_hash
from apps.notifications.recipients import Recipient
from apps.notifications.services.outbox import notification_record, outbox_sweep
from apps.notifications.services.subscriptions import address_unsubscribe, preferences_save
from apps.practices.models import PracticePage
from apps.practices.services import replication_request_create
from apps.strategies.models import ActionItem
from apps.workpackages.models import Deliverable
from tests.activities.factories import ActivityFactory
from tests.activities.helpers import person, register_and_confirm
from tests.helpers import element, html_of, run_task, text_of
from tests.mapping.factories import MappingEntryFactory, ReviewerFactory
from tests.notifications.factories import NotificationFactory
from tests.partners.factories import MembershipFactory, OrganisationFactory, PartnerFactory
from tests.practices.helpers import REPLICATION_DATA
from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db


class Rollback(Exception):
    pass


@pytest.fixture
def case():
    return PracticePage.objects.get(title_en="Cap Impact")


def test_the_rows_are_written_in_the_transaction_of_the_event_and_rolled_back_with_it(case, superuser):
    before = set(Notification.objects.values_list("pk", flat=True))
    with pytest.raises(Rollback), transaction.atomic():
        request = replication_request_create(practice=case, data=REPLICATION_DATA)
        assert Notification.objects.filter(event_key=f"replication_requested:{request.pk}").exists()
        raise Rollback
    # Other tests' worker may have committed rows of their own: none of this event's is left.
    assert set(Notification.objects.values_list("pk", flat=True)) == before


def test_one_row_per_event_and_recipient_however_often_it_is_recorded(superuser):
    for _ in range(3):
        notification_record(
            kind=Kind.REPLICATION,
            template="replication_requested",
            event_key="replication_requested:1",
            to=[Recipient(email=superuser.email.upper(), language="sv")],
            context={"request_id": 1},
        )
    assert Notification.objects.filter(event_key="replication_requested:1").count() == 1


def test_a_registration_writes_to_the_registrant_in_the_language_they_chose(
    django_capture_on_commit_callbacks,
):
    activity = ActivityFactory(capacity=1)
    with django_capture_on_commit_callbacks(execute=True):
        first = register_and_confirm(activity=activity, data=person(1)).registration
        register_and_confirm(activity=activity, data=person(2, language="fr"))
        activity_services.registration_cancel(registration=first)
    by_template = {message.extra_headers["X-Notification-Id"]: message for message in mail.outbox}
    rows = {n.template: n for n in Notification.objects.filter(pk__in=[int(pk) for pk in by_template])}
    assert set(rows) == {
        "registration_confirmed",
        "registration_waitlisted",
        "registration_cancelled",
        "registration_promoted",
    }
    assert rows["registration_confirmed"].email == rows["registration_cancelled"].email == "ilze1@example.lv"
    assert rows["registration_promoted"].language == "fr"
    promoted = by_template[str(rows["registration_promoted"].pk)]
    with translation.override("fr"):
        assert promoted.subject == translation.gettext("A place came free for you: %(title)s") % {
            "title": activity.title
        }
    assert "/fr/evenements/inscriptions/" in promoted.body


def test_an_old_unsubscribe_from_registration_mail_does_not_withhold_a_new_registration_s_link(
    django_capture_on_commit_callbacks,
):
    """Registration messages once offered to unsubscribe; they answer one registration and are no
    list, so an opt-out recorded then must not keep the link that confirms a new registration."""
    address_unsubscribe(email="ilze1@example.lv", kind=Kind.REGISTRATION)
    with django_capture_on_commit_callbacks(execute=True):
        registration = activity_services.registration_create(
            activity=ActivityFactory(), data=person(1)
        ).registration
    [message] = mail.outbox
    assert message.to == ["ilze1@example.lv"]
    assert Notification.objects.get(email="ilze1@example.lv").template == "registration_pending"
    with translation.override(registration.language):
        assert reverse("activities:registration", args=[registration.token]) in message.body


def test_review_decisions_go_to_the_submitting_organisations_members(django_capture_on_commit_callbacks):
    org = OrganisationFactory(country="LV")
    member = PartnerFactory(organisation=org, preferred_language="lv")
    colleague = PartnerFactory(organisation=org, preferred_language="es")
    PartnerFactory()  # another organisation's member hears nothing
    staff = ReviewerFactory()
    entry = MappingEntryFactory(user=member, organisation=org)
    with django_capture_on_commit_callbacks(execute=True):
        mapping_services.entry_transition(entry=entry, user=member, action="submit")
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        mapping_services.entry_transition(entry=entry, user=staff, action="reject", comment="Out of scope.")
    assert sorted(message.to[0] for message in mail.outbox) == sorted([member.email, colleague.email])
    for message in mail.outbox:
        assert "Out of scope." in message.body
        # The entry's address in the member's language.
        addresses = []
        for code, _name in settings.LANGUAGES:
            with translation.override(code):
                addresses.append(reverse("mapping:entry", args=[entry.pk]))
        assert any(address in message.body for address in addresses)


def test_a_submitted_entry_is_announced_only_to_reviewers_who_may_decide_on_it(
    django_capture_on_commit_callbacks,
):
    """A reviewer who belongs to the submitting organisation does not decide on its entry, so
    the "to review" mail goes to the others."""
    org = OrganisationFactory(country="LV")
    member = PartnerFactory(organisation=org)
    inside = ReviewerFactory()
    MembershipFactory(user=inside, organisation=org)
    outside = ReviewerFactory()
    with django_capture_on_commit_callbacks(execute=True):
        mapping_services.entry_transition(
            entry=MappingEntryFactory(user=member, organisation=org), user=member, action="submit"
        )
    told = {message.to[0] for message in mail.outbox}
    assert outside.email in told and inside.email not in told


def test_a_person_who_turned_a_kind_off_gets_none_of_it(client, case, django_capture_on_commit_callbacks):
    staff = UserFactory(is_staff=True, is_superuser=True, preferred_language="lv")
    client.force_login(staff)
    assert client.get("/lv/pazinojumi/iestatijumi/").status_code == 200
    kinds = ["mapping_review", "mapping_decision", "overdue", "report"]
    assert client.post("/lv/pazinojumi/iestatijumi/", {"kinds": kinds}).status_code == 302
    assert OptOut.objects.filter(email_hash=address_hash(staff.email), kind=Kind.REPLICATION).exists()
    with django_capture_on_commit_callbacks(execute=True):
        replication_request_create(practice=case, data=REPLICATION_DATA)
    assert staff.email not in [message.to[0] for message in mail.outbox]


def kinds_off(email: str) -> set[str]:
    """The kinds of message an address opted out of (opt-outs hold only its keyed hash)."""
    return set(OptOut.objects.filter(email_hash=address_hash(email)).values_list("kind", flat=True))


def test_a_person_s_choices_follow_a_change_of_their_address():
    person = UserFactory(email="old.address@example.org")
    preferences_save(user=person, kinds_on=["overdue"])
    other = "new.address@example.org"
    # Already opted out there: kept once.
    OptOut.objects.create(email_hash=address_hash(other), kind=Kind.REPORT)
    chosen_off = kinds_off(person.email)
    assert chosen_off and Kind.OVERDUE not in chosen_off
    person.last_login = timezone.now()
    person.save(update_fields=["last_login"])  # a login changes nothing
    assert kinds_off("old.address@example.org") == chosen_off
    address_unsubscribe(email=person.email, kind=Kind.DIGEST)  # the address's own, not the account's
    person.email = "New.Address@Example.org"
    person.save()
    assert kinds_off("old.address@example.org") == {Kind.DIGEST}
    assert kinds_off(other) == chosen_off | {Kind.REPORT}


def test_the_preferences_need_a_login(client):
    response = client.get("/en/notifications/preferences/")
    assert response.status_code == 302 and "/account/" in response["Location"]


def test_overdue_deliverables_and_items_go_weekly_to_the_responsible_organisation(
    django_capture_on_commit_callbacks,
):
    lead = OrganisationFactory()
    member = UserFactory(preferred_language="es")
    MembershipFactory(user=member, organisation=lead)
    deliverable = Deliverable.objects.get(code="D5.2")
    deliverable.work_package.lead_partner = lead
    deliverable.work_package.save()
    Deliverable.objects.filter(pk=deliverable.pk).update(due_date=datetime.date(2020, 1, 1), status="planned")
    Deliverable.objects.exclude(pk=deliverable.pk).update(due_date=None)
    ActionItem.objects.update(due_date=None)
    with django_capture_on_commit_callbacks(execute=True):
        assert run_task(tasks.overdue_reminders) == 1
    with django_capture_on_commit_callbacks(execute=True):
        assert run_task(tasks.overdue_reminders) == 0  # once a week
    [message] = mail.outbox
    assert message.to == [member.email]
    assert "D5.2" in message.body
    assert message.extra_headers["Content-Language"] == "es"


def test_staff_see_failed_notifications_and_resend_them(
    admin_client, superuser, django_capture_on_commit_callbacks
):
    failed = NotificationFactory(attempts=6, last_error="SMTPServerDisconnected: gone")
    listing = admin_client.get("/admin/snippets/notifications/notification/?status=failed")
    assert listing.status_code == 200
    assert b"staff@example.org" in listing.content
    assert f"/admin/notifications/resend/{failed.pk}/".encode() in listing.content
    assert admin_client.get(f"/admin/notifications/resend/{failed.pk}/").status_code == 200
    assert Notification.objects.get(pk=failed.pk).status == "failed"  # asking changes nothing
    with django_capture_on_commit_callbacks(execute=True):
        assert admin_client.post(f"/admin/notifications/resend/{failed.pk}/").status_code == 302
    # The request it was about is gone: the new try is recorded and fails again, visibly.
    failed.refresh_from_db()
    assert failed.status == "failed"
    assert DeliveryAttempt.objects.filter(notification=failed, succeeded=False).exists()


def test_resending_is_for_staff_with_the_permission(client):
    row = NotificationFactory(kind=Kind.DIGEST, template="digest", event_key="x", email="a@example.org")
    client.force_login(UserFactory(is_staff=True))
    response = client.post(f"/admin/notifications/resend/{row.pk}/")
    assert response.status_code in (302, 403)
    assert Notification.objects.get(pk=row.pk).status == "failed"


def test_a_sending_row_left_by_a_dead_worker_is_handed_back_by_the_sweep(superuser, case, settings):
    request = replication_request_create(practice=case, data=REPLICATION_DATA)
    row = Notification.objects.get(event_key=f"replication_requested:{request.pk}", email=superuser.email)
    stale = timezone.now() - datetime.timedelta(seconds=settings.NOTIFICATIONS_STALE_SECONDS + 1)
    Notification.objects.filter(pk=row.pk).update(status="sending", claimed=stale, attempts=1)
    outbox_sweep()
    row.refresh_from_db()
    assert (row.status, row.attempts) == ("sent", 2)
    assert [message.to for message in mail.outbox if message.to == [superuser.email]]


def test_whoever_ordered_a_report_hears_it_is_ready_in_their_language(django_capture_on_commit_callbacks):
    from apps.reports import services as report_services
    from apps.reports.models import ReportRequest

    staff = UserFactory(superuser=True, preferred_language="lv")
    with django_capture_on_commit_callbacks(execute=True):
        report = report_services.report_order(
            kind="mapping", parameters={}, language="sv", format="xlsx", user=staff
        )
        mail.outbox.clear()
        report_services.report_run(report_id=report.pk)
    assert ReportRequest.objects.get(pk=report.pk).status == "done"
    [message] = mail.outbox
    assert message.to == [staff.email]
    with translation.override("lv"):
        kind = str(ReportRequest.objects.get(pk=report.pk).get_kind_display())
        assert message.subject == translation.gettext("Your report is ready: %(kind)s") % {"kind": kind}
    assert f"/admin/reports/{report.pk}/" in message.body


def test_a_public_compendium_nobody_ordered_tells_nobody(django_capture_on_commit_callbacks):
    from apps.reports import services as report_services

    with django_capture_on_commit_callbacks(execute=True):
        report = report_services.report_order(kind="mapping", parameters={}, language="en", format="xlsx")
        report_services.report_run(report_id=report.pk)
    assert not Notification.objects.filter(template="report_ready").exists()


# The outbox in the admin: read-only, each message previewed as sent, resent only on purpose


def refused(response) -> bool:
    """The admin answers a refusal with 403, or sends a signed-in person back to its dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def outbox_url(view, *args):
    return reverse(f"wagtailsnippets_notifications_notification:{view}", args=args)


def delivered_replication(case, superuser, capture):
    """A replication request's message to the staff, delivered to the mail server."""
    with capture(execute=True):
        request = replication_request_create(practice=case, data=REPLICATION_DATA)
    row = Notification.objects.get(event_key=f"replication_requested:{request.pk}", email=superuser.email)
    assert row.status == "sent"
    [message] = [message for message in mail.outbox if message.to == [superuser.email]]
    return row, message


def test_the_outbox_is_read_only_in_the_admin(
    admin_client, case, superuser, django_capture_on_commit_callbacks
):
    row, _message = delivered_replication(case, superuser, django_capture_on_commit_callbacks)
    listing = admin_client.get(outbox_url("list"))
    assert listing.status_code == 200
    assert outbox_url("add").encode() not in listing.content
    assert b"Add notification" not in listing.content
    # A row's link opens its page, not a form.
    assert outbox_url("inspect", row.pk).encode() in listing.content
    assert outbox_url("edit", row.pk).encode() not in listing.content
    for url in (outbox_url("add"), outbox_url("edit", row.pk), outbox_url("delete", row.pk)):
        assert refused(admin_client.get(url)), url
        assert refused(admin_client.post(url, {"email": "someone@example.org", "status": "pending"})), url
    assert Notification.objects.filter(pk=row.pk, status="sent", email=superuser.email).exists()
    page = admin_client.get(outbox_url("inspect", row.pk)).content.decode()
    assert outbox_url("edit", row.pk) not in page and outbox_url("delete", row.pk) not in page


def test_a_message_s_page_shows_it_as_sent_with_its_attempts(
    admin_client, case, superuser, django_capture_on_commit_callbacks
):
    superuser.preferred_language = "sv"
    superuser.save()
    row, sent = delivered_replication(case, superuser, django_capture_on_commit_callbacks)
    assert row.language == "sv"
    response = admin_client.get(outbox_url("inspect", row.pk))
    assert response.status_code == 200
    preview = html_of(response).select_one(".outbox-preview")
    assert element(preview, ".outbox-preview__subject").get_text() == sent.subject
    assert element(preview, ".outbox-preview__text").get_text() == sent.body
    assert element(preview, ".outbox-preview__text")["lang"] == "sv"
    assert superuser.email in preview.get_text() and "Swedish" in preview.get_text()
    attempts = text_of(response, ".outbox-attempts tbody")
    assert "Delivered to the mail server" in attempts
    # A delivered message offers a second copy, never a plain "resend".
    assert html_of(response).select_one(f'a[href="{reverse("notifications_resend", args=[row.pk])}"]')


def test_a_message_that_cannot_be_written_says_why_on_its_page(admin_client):
    row = NotificationFactory(attempts=1)
    DeliveryAttempt.objects.create(notification=row, error="SMTPServerDisconnected: gone")
    response = admin_client.get(outbox_url("inspect", row.pk))
    assert response.status_code == 200
    assert "The message cannot be written now" in text_of(response, ".outbox-preview")
    assert "SMTPServerDisconnected: gone" in text_of(response, ".outbox-attempts tbody")


def test_a_delivered_message_goes_again_only_as_a_second_copy_staff_ask_for(
    admin_client, case, superuser, django_capture_on_commit_callbacks
):
    row, _message = delivered_replication(case, superuser, django_capture_on_commit_callbacks)
    resend = reverse("notifications_resend", args=[row.pk])
    mail.outbox.clear()
    # The listing's "Resend" and a plain POST never send a delivered message again.
    assert resend.encode() not in admin_client.get(outbox_url("list")).content
    with django_capture_on_commit_callbacks(execute=True):
        assert admin_client.post(resend).status_code == 302
    assert mail.outbox == [] and Notification.objects.get(pk=row.pk).status == "sent"
    page = admin_client.get(resend)
    assert "second copy" in page.content.decode()
    copy = element(page, 'input[name="copy"]')["value"]
    with django_capture_on_commit_callbacks(execute=True):
        response = admin_client.post(resend, {"copy": copy})
    [second] = Notification.objects.filter(event_key=f"resend:{row.pk}:{copy}")
    assert response["Location"] == outbox_url("inspect", second.pk)
    assert (second.status, second.email, second.language, second.context) == (
        "sent",
        row.email,
        row.language,
        row.context,
    )
    assert [message.to for message in mail.outbox] == [[superuser.email]]
    # The same form sent twice (a double click) gives one copy.
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(resend, {"copy": copy})
    assert len(mail.outbox) == 1
    assert Notification.objects.get(pk=row.pk).status == "sent"


def test_resending_takes_a_post_with_its_csrf_token_and_the_permission(superuser):
    row = NotificationFactory()
    resend = reverse("notifications_resend", args=[row.pk])
    guarded = Client(enforce_csrf_checks=True)
    guarded.force_login(superuser)
    assert guarded.post(resend).status_code == 403
    plain = Client()
    plain.force_login(superuser)
    assert plain.put(resend).status_code == 405
    assert Notification.objects.get(pk=row.pk).status == "failed"
    # Staff who may only look at the outbox read a message's page but get no resend.
    viewer = UserFactory(is_staff=True)
    viewer.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        Permission.objects.get(codename="view_notification"),
    )
    looker = Client()
    looker.force_login(viewer)
    page = looker.get(outbox_url("inspect", row.pk))
    assert page.status_code == 200 and resend not in page.content.decode()
    assert resend not in looker.get(outbox_url("list")).content.decode()
    assert refused(looker.post(resend))
    assert Notification.objects.get(pk=row.pk).status == "failed"
