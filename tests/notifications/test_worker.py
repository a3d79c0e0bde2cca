"""End to end with a real Celery worker on Redis and a real SMTP server: one e-mail per recipient,
in each recipient's language; the outbox survives a broker that is down and a mail server that
refuses; a notification delivered twice is sent once."""

import uuid

import pytest

from django.contrib.auth.models import Group
from django.test import Client
from django.urls import reverse
from django.utils import translation

from apps.core.i18n import LANGUAGE_CODES
from apps.mapping import services as mapping_services
from apps.mapping.services import REVIEWERS_GROUP
from apps.notifications import tasks
from apps.notifications.models import DeliveryAttempt, Notification, Subscriber
from apps.practices.models import PracticePage, ReplicationRequest
from apps.practices.services import replication_request_create
from apps.users.models import User
from tests.mapping.factories import ENTRY_DATA
from tests.notifications.factories import NotificationFactory, SubscriberFactory
from tests.partners.factories import MembershipFactory, OrganisationFactory
from tests.practices.helpers import REPLICATION_DATA
from tests.users.factories import UserFactory

from .conftest import in_thread, not_eager, running_worker, use_broker

pytestmark = [pytest.mark.django_db, pytest.mark.slow]


@pytest.fixture
def tag():
    return uuid.uuid4().hex[:8]


@pytest.fixture
def staff_in_every_language(tag):
    """A superuser per language, committed; removed with what they received afterwards."""

    def create():
        return {
            language: UserFactory(
                email=f"staff-{language}-{tag}@example.org",
                is_staff=True,
                is_superuser=True,
                preferred_language=language,
            )
            for language in LANGUAGE_CODES
        }

    people = in_thread(create)
    yield people
    in_thread(lambda: cleanup(tag))


def cleanup(tag):
    Notification.objects.filter(email__contains=tag).delete()
    ReplicationRequest.objects.filter(email__contains=tag).delete()
    User.objects.filter(email__contains=tag).delete()


def case_title(pk: int, language: str) -> str:
    def read():
        with translation.override(language):
            return PracticePage.objects.get(pk=pk).title

    return in_thread(read)


def library_case():
    return in_thread(lambda: PracticePage.objects.live().get(title_en="Cap Impact"))


def expected_subject(message_id: str, language: str, **values) -> str:
    with translation.override(language):
        return translation.gettext(message_id) % values


def test_a_replication_request_sends_one_email_per_staff_member_in_their_language(
    staff_in_every_language, smtp, worker, tag
):
    case = library_case()
    data = {**REPLICATION_DATA, "email": f"ana-{tag}@example.es"}
    deactivated = in_thread(
        lambda: list(
            User.objects.filter(is_superuser=True, is_active=True)
            .exclude(email__contains=tag)
            .values_list("pk", flat=True)
        )
    )
    in_thread(lambda: User.objects.filter(pk__in=deactivated).update(is_active=False))
    try:
        request = in_thread(lambda: replication_request_create(practice=case, data=data))
        messages = smtp.wait_for(len(LANGUAGE_CODES))
    finally:
        in_thread(lambda: User.objects.filter(pk__in=deactivated).update(is_active=True))
    assert len(messages) == len(LANGUAGE_CODES)
    for language, person in staff_in_every_language.items():
        [message] = smtp.to(person.email)
        assert message["Content-Language"] == language
        assert subject_of(message) == expected_subject(
            "Replication request: %(case_title)s", language, case_title=case_title(case.pk, language)
        )
        text = message.get_body(("plain",)).get_content()
        html = message.get_body(("html",)).get_content()
        assert f"/{language}/" in text  # the case's address in the reader's language
        assert REPLICATION_DATA["message"] in text and "Ana García" in html
        with translation.override(language):
            unsubscribe = reverse("notifications:unsubscribe", args=["x"]).removesuffix("x/")
        assert unsubscribe in message["List-Unsubscribe"]
        assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    rows = in_thread(
        lambda: list(
            Notification.objects.filter(event_key=f"replication_requested:{request.pk}").values_list(
                "status", "attempts"
            )
        )
    )
    assert rows == [("sent", 1)] * len(LANGUAGE_CODES)


def test_a_mapping_submission_sends_one_email_per_reviewer_in_their_language(smtp, worker, tag):
    def create():
        group = Group.objects.get(name=REVIEWERS_GROUP)
        reviewers = {}
        for language in LANGUAGE_CODES:
            person = UserFactory(email=f"reviewer-{language}-{tag}@example.org", preferred_language=language)
            person.groups.add(group)
            reviewers[language] = person
        organisation = OrganisationFactory(country="LV", name=f"Org {tag}", slug=f"org-{tag}")
        partner = UserFactory(email=f"partner-{tag}@example.lv", preferred_language="lv")
        MembershipFactory(user=partner, organisation=organisation)
        entry = mapping_services.entry_create(
            user=partner,
            organisation=organisation,
            kind="initiative",
            data={**ENTRY_DATA, "title": f"Hub {tag}"},
        )
        others = list(
            User.objects.filter(is_active=True)
            .filter(is_superuser=True)
            .exclude(email__contains=tag)
            .values_list("pk", flat=True)
        )
        others += list(group.user_set.exclude(email__contains=tag).values_list("pk", flat=True))
        User.objects.filter(pk__in=others).update(is_active=False)
        return reviewers, partner, entry, others

    reviewers, partner, entry, others = in_thread(create)
    try:
        in_thread(lambda: mapping_services.entry_transition(entry=entry, user=partner, action="submit"))
        messages = smtp.wait_for(len(LANGUAGE_CODES))
        assert len(messages) == len(LANGUAGE_CODES)
        for language, person in reviewers.items():
            [message] = smtp.to(person.email)
            assert message["Content-Language"] == language
            assert subject_of(message) == expected_subject(
                "A mapping entry to review: %(title)s", language, title=f"Hub {tag}"
            )
            assert f"/admin/mapping/review/{entry.pk}/" in message.get_body(("plain",)).get_content()
            assert smtp.to(partner.email) == []
    finally:

        def remove():
            User.objects.filter(pk__in=others).update(is_active=True)
            Notification.objects.filter(email__contains=tag).delete()
            from apps.mapping.models import MappingEntry

            MappingEntry.objects.filter(pk=entry.pk).delete()
            User.objects.filter(email__contains=tag).delete()
            from apps.partners.models import Organisation

            Organisation.objects.filter(slug=f"org-{tag}").delete()

        in_thread(remove)


def test_with_the_broker_down_the_request_is_kept_and_the_sweep_delivers_it_later(
    staff_in_every_language, smtp, settings, closed_port, tag
):
    case = library_case()
    deactivated = in_thread(
        lambda: list(
            User.objects.filter(is_superuser=True, is_active=True)
            .exclude(email__contains=tag)
            .values_list("pk", flat=True)
        )
    )
    in_thread(lambda: User.objects.filter(pk__in=deactivated).update(is_active=False))
    try:
        with not_eager(settings):
            use_broker(f"redis://127.0.0.1:{closed_port}/0")

            def visit():
                response = Client().post(
                    case.get_url(),
                    {**REPLICATION_DATA, "email": f"ana-{tag}@example.es", "website": ""},
                )
                return response.status_code

            assert in_thread(visit) == 302
        stored = in_thread(lambda: list(ReplicationRequest.objects.filter(email=f"ana-{tag}@example.es")))
        assert len(stored) == 1
        key = f"replication_requested:{stored[0].pk}"
        statuses = in_thread(
            lambda: list(Notification.objects.filter(event_key=key).values_list("status", flat=True))
        )
        assert statuses == ["pending"] * len(LANGUAGE_CODES)
        assert smtp.messages == []
        # The broker is back: the periodic sweep, through the worker, delivers each once.
        with running_worker(settings):
            tasks.notifications_sweep.delay()
            smtp.wait_for(len(LANGUAGE_CODES))
            tasks.notifications_sweep.delay()  # a second sweep finds nothing left
            smtp.wait_for(len(LANGUAGE_CODES) + 1, timeout=2)
        assert sorted(m["To"] for m in smtp.messages) == sorted(
            p.email for p in staff_in_every_language.values()
        )
    finally:
        in_thread(lambda: User.objects.filter(pk__in=deactivated).update(is_active=True))


def make_notification(tag, language="fr"):
    return NotificationFactory(
        template="subscription_confirm",
        event_key=f"test:{tag}",
        email=f"reader-{tag}@example.fr",
        language=language,
        status=Notification.Status.PENDING,
        context={"subscriber_id": 0},
    )


@pytest.fixture
def confirmation(tag):
    """A committed notification: a subscription's confirmation to a French reader."""

    def create():
        subscriber = SubscriberFactory(email=f"reader-{tag}@example.fr", language="fr")
        notification = make_notification(tag)
        notification.context = {"subscriber_id": subscriber.pk}
        notification.kind = "digest"
        notification.save()
        return notification

    made = in_thread(create)
    yield made

    def remove():
        Notification.objects.filter(pk=made.pk).delete()
        Subscriber.objects.filter(email__contains=tag).delete()

    in_thread(remove)


def test_a_mail_server_failing_twice_then_accepting_delivers_exactly_one_message(
    confirmation, smtp, worker, settings
):
    settings.NOTIFICATIONS_RETRY_SECONDS = 0.2
    smtp.failures = 2
    tasks.deliver_notification.delay(confirmation.pk)
    smtp.wait_for(1)
    smtp.wait_for(2, timeout=1.5)  # nothing more arrives
    assert len(smtp.messages) == 1
    assert smtp.refused == 2
    row = in_thread(lambda: Notification.objects.get(pk=confirmation.pk))
    assert (row.status, row.attempts) == ("sent", 3)
    attempts = in_thread(
        lambda: list(DeliveryAttempt.objects.filter(notification=row).values_list("succeeded", "error"))
    )
    assert [succeeded for succeeded, _error in attempts] == [False, False, True]
    assert all("451" in error for _succeeded, error in attempts[:2])
    assert smtp.messages[0]["Content-Language"] == "fr"


def test_the_delivery_task_run_twice_sends_once(confirmation, smtp, worker):
    tasks.deliver_notification.delay(confirmation.pk)
    tasks.deliver_notification.delay(confirmation.pk)
    smtp.wait_for(1)
    smtp.wait_for(2, timeout=1.5)
    assert len(smtp.messages) == 1
    assert in_thread(lambda: Notification.objects.get(pk=confirmation.pk).attempts) == 1


def subject_of(message) -> str:
    """The Subject as a mail client shows it. Django folds a long encoded subject onto the next
    line ("Subject: \\n =?utf-8?q?...?="), and Python's parser keeps that fold's space."""
    return str(message["Subject"]).strip()
