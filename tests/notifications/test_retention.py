"""Personal data purged everywhere it was copied: the outbox, the attempts, the opt-outs."""

import datetime

import pytest

from django.db import connection
from django.db.migrations.executor import MigrationExecutor
from django.utils import timezone

from apps.activities import services as activity_services
from apps.activities.models import Registration
from apps.notifications import recipients
from apps.notifications.models import DeliveryAttempt, Kind, Notification, OptOut, Subscriber, address_hash
from apps.notifications.recipients import Recipient
from apps.notifications.services.outbox import notification_record
from apps.notifications.services.retention import personal_data_purge
from apps.notifications.services.subscriptions import address_unsubscribe
from tests.activities.factories import ActivityFactory
from tests.activities.helpers import person
from tests.notifications.factories import NotificationFactory, SubscriberFactory

pytestmark = pytest.mark.django_db

ADDRESS = "Purge.Me-7f3a@example.lv"


def tables_holding(text: str) -> list[str]:
    """Every `table.column` of text, JSON or array type in the database whose value contains text."""
    with connection.cursor() as cursor:
        cursor.execute(
            """
            SELECT table_name, column_name FROM information_schema.columns
            WHERE table_schema = current_schema()
              AND data_type IN ('text', 'character varying', 'character', 'json', 'jsonb', 'ARRAY')
              AND table_name IN (
                  SELECT table_name FROM information_schema.tables
                  WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
              )
            """
        )
        columns = cursor.fetchall()
        found = []
        for table, column in columns:
            cursor.execute(
                f'SELECT 1 FROM "{table}" WHERE "{column}"::text ILIKE %s LIMIT 1',  # noqa: S608 - names from the catalogue
                [f"%{text}%"],
            )
            if cursor.fetchone():
                found.append(f"{table}.{column}")
    return found


def test_after_the_purge_no_table_holds_the_registrants_address(django_capture_on_commit_callbacks):
    activity = ActivityFactory()
    with django_capture_on_commit_callbacks(execute=True):
        registration = activity_services.registration_create(
            activity=activity, data=person(1, email=ADDRESS, name="Ilze Purgeable")
        ).registration
        activity_services.registration_cancel(registration=registration)
    messages = Notification.objects.filter(kind=Kind.REGISTRATION, email=ADDRESS.lower())
    assert messages.exists()
    # A refusal of the mail server quotes the address.
    DeliveryAttempt.objects.create(notification=messages.first(), error=f"550 <{ADDRESS.lower()}>: unknown")
    # Someone else's message stays.
    other = NotificationFactory(
        kind=Kind.REGISTRATION,
        template="registration_confirmed",
        event_key="other",
        email="stays@example.lv",
        language="lv",
        status=Notification.Status.PENDING,
        context={"registration_id": registration.pk + 1000},
    )
    assert tables_holding(ADDRESS) and tables_holding("Ilze Purgeable")

    ended = timezone.now() - datetime.timedelta(days=400)
    activity.__class__.objects.filter(pk=activity.pk).update(start=ended, end=ended)
    with django_capture_on_commit_callbacks(execute=True):
        assert activity_services.registrations_anonymise() == 1

    assert tables_holding(ADDRESS) == []
    assert tables_holding("Ilze Purgeable") == []
    assert Registration.objects.get(pk=registration.pk).anonymised is not None
    assert Notification.objects.filter(pk=other.pk).exists()


def test_a_deleted_registration_takes_its_messages_along(django_capture_on_commit_callbacks):
    activity = ActivityFactory()
    with django_capture_on_commit_callbacks(execute=True):
        registration = activity_services.registration_create(
            activity=activity, data=person(1, email=ADDRESS)
        ).registration
    assert Notification.objects.filter(email=ADDRESS.lower()).exists()
    Registration.objects.filter(pk=registration.pk).delete()
    assert tables_holding(ADDRESS) == []


def test_an_opt_out_stores_a_keyed_hash_and_still_suppresses_mail():
    address_unsubscribe(email=f"  {ADDRESS} ", kind=Kind.REPORT)
    opt_out = OptOut.objects.get()
    assert opt_out.email_hash == address_hash(ADDRESS.lower()) and len(opt_out.email_hash) == 64
    assert tables_holding(ADDRESS) == []
    written = notification_record(
        kind=Kind.REPORT,
        template="report_ready",
        event_key="after-opt-out",
        to=[Recipient(email=ADDRESS.upper(), language="sv")],
        context={},
    )
    assert written == [] and not Notification.objects.filter(event_key="after-opt-out").exists()
    # Another kind still reaches the address.
    assert recipients.opted_out([ADDRESS], Kind.DIGEST) == set()


def test_the_hash_is_keyed_with_the_secret_key_and_a_rotated_key_still_counts(settings):
    address_unsubscribe(email=ADDRESS, kind=Kind.DIGEST)
    settings.SECRET_KEY_FALLBACKS = [settings.SECRET_KEY]
    settings.SECRET_KEY = "a-new-key-after-rotation-" + "x" * 40
    assert address_hash(ADDRESS) != OptOut.objects.get().email_hash
    assert recipients.opted_out([ADDRESS], Kind.DIGEST) == {ADDRESS.lower()}
    settings.SECRET_KEY_FALLBACKS = []
    assert recipients.opted_out([ADDRESS], Kind.DIGEST) == set()


def test_the_migration_converts_existing_opt_outs_to_hashes_that_still_suppress_mail():
    executor = MigrationExecutor(connection)
    executor.migrate([("notifications", "0001_outbox_and_subscriptions")])
    old_apps = executor.loader.project_state([("notifications", "0001_outbox_and_subscriptions")]).apps
    OldOptOut = old_apps.get_model("notifications", "OptOut")
    OldOptOut.objects.create(email=ADDRESS, kind=Kind.REGISTRATION)
    OldOptOut.objects.create(email=ADDRESS.lower(), kind=Kind.REGISTRATION)
    OldOptOut.objects.create(email=ADDRESS.lower(), kind=Kind.DIGEST)

    executor = MigrationExecutor(connection)
    executor.migrate(executor.loader.graph.leaf_nodes("notifications"))

    assert sorted(OptOut.objects.values_list("email_hash", "kind")) == sorted(
        [(address_hash(ADDRESS), Kind.REGISTRATION), (address_hash(ADDRESS), Kind.DIGEST)]
    )
    assert tables_holding(ADDRESS) == []
    assert recipients.opted_out([ADDRESS.upper()], Kind.REGISTRATION) == {ADDRESS.lower()}


def test_lapsed_and_unsubscribed_subscribers_and_old_messages_are_purged():
    now = timezone.now()
    lapsed = SubscriberFactory(email="lapsed@example.se", language="sv")
    left = SubscriberFactory(email="left@example.se", language="sv", confirmed=now, unsubscribed=now)
    active = SubscriberFactory(email="active@example.se", language="sv", confirmed=now)
    fresh = SubscriberFactory(email="fresh@example.se", language="sv")
    Subscriber.objects.filter(pk__in=[lapsed.pk, left.pk, active.pk]).update(
        created=now - datetime.timedelta(days=30)
    )
    for subscriber in (lapsed, left, active):
        NotificationFactory(
            kind=Kind.DIGEST,
            template="subscription_confirm",
            event_key=f"confirm:{subscriber.pk}",
            email=subscriber.email,
            language="sv",
            subscriber=subscriber,
            status=Notification.Status.SENT,
            context={},
        )
    old = NotificationFactory(
        kind=Kind.REPORT,
        template="report_ready",
        email="staff@example.se",
        language="sv",
        status=Notification.Status.SENT,
        context={},
    )
    Notification.objects.filter(pk=old.pk).update(created=now - datetime.timedelta(days=200))

    purged = personal_data_purge(now=now)
    assert purged["subscribers"] == 2 and purged["messages"] >= 3
    mine = [lapsed.email, left.email, active.email, fresh.email]
    assert set(Subscriber.objects.filter(email__in=mine).values_list("email", flat=True)) == {
        active.email,
        fresh.email,
    }
    assert set(Notification.objects.filter(email__in=mine).values_list("email", flat=True)) == {active.email}
    assert not Notification.objects.filter(pk=old.pk).exists()
    assert tables_holding("lapsed@example.se") == tables_holding("left@example.se") == []


def test_beat_purges_personal_data_every_day():
    from django.conf import settings

    from buicasus.celery import app

    tasks = {entry["task"] for entry in settings.CELERY_BEAT_SCHEDULE.values()}
    assert "apps.notifications.tasks.personal_data_purge" in tasks
    assert "apps.notifications.tasks.personal_data_purge" in app.tasks
