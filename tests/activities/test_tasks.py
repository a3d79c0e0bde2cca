"""Retention: personal data of registrations goes after REGISTRATION_RETENTION_MONTHS; counts stay."""

from datetime import timedelta

import pytest

from django.conf import settings as django_settings
from django.utils import timezone

from apps.activities import selectors, services
from apps.activities.models import Registration
from apps.activities.tasks import registrations_anonymise
from tests.activities.factories import ActivityFactory
from tests.activities.helpers import person, register_and_confirm
from tests.helpers import run_task

pytestmark = pytest.mark.django_db


def event_that_ended(days_ago, **kwargs):
    ends = timezone.now() - timedelta(days=days_ago)
    activity = ActivityFactory(start=ends - timedelta(hours=3), end=ends, capacity=1, **kwargs)
    # Registrations are taken while the event is ahead; it is moved into the past afterwards.
    upcoming = timezone.now() + timedelta(days=1)
    type(activity).objects.filter(pk=activity.pk).update(start=upcoming, end=upcoming)
    activity.refresh_from_db()
    for number in (1, 2, 3):
        register_and_confirm(activity=activity, data=person(number))
    services.registration_cancel(registration=activity.registrations.get(email="ilze3@example.lv"))
    type(activity).objects.filter(pk=activity.pk).update(start=ends - timedelta(hours=3), end=ends)
    return activity


def test_the_task_blanks_personal_data_of_old_events_and_keeps_the_counts():
    old = event_that_ended(days_ago=13 * 31)
    recent = event_that_ended(days_ago=30)
    undated = ActivityFactory(start=None, end=None, capacity=None)
    register_and_confirm(activity=undated, data=person(9))
    counts_before = selectors.registration_counts(old)

    assert run_task(registrations_anonymise) == 3

    for registration in Registration.objects.filter(activity=old):
        assert (registration.name, registration.email, registration.organisation) == ("", "", "")
        assert registration.anonymised is not None
        assert registration.language == "lv"
    assert (
        selectors.registration_counts(old)
        == counts_before
        == {"pending": 0, "confirmed": 1, "waitlisted": 1, "cancelled": 1}
    )
    assert set(Registration.objects.filter(activity=recent).values_list("email", flat=True)) == {
        "ilze1@example.lv",
        "ilze2@example.lv",
        "ilze3@example.lv",
    }
    assert Registration.objects.get(activity=undated).email == "ilze9@example.lv"
    # Run again, nothing more to do.
    assert run_task(registrations_anonymise) == 0


def test_the_retention_period_is_a_setting(settings):
    settings.REGISTRATION_RETENTION_MONTHS = 1
    recent = event_that_ended(days_ago=40)
    services.registrations_anonymise()
    assert not Registration.objects.filter(activity=recent).exclude(email="").exists()


def test_the_task_runs_daily_on_beat():
    schedule = django_settings.CELERY_BEAT_SCHEDULE["registrations-anonymise"]
    assert schedule["task"] == "apps.activities.tasks.registrations_anonymise"
    assert schedule["schedule"] == 24 * 60 * 60
    assert django_settings.REGISTRATION_RETENTION_MONTHS == 12


def test_the_cutoff_counts_calendar_months():
    from datetime import datetime
    from zoneinfo import ZoneInfo

    now = datetime(2027, 3, 31, 12, tzinfo=ZoneInfo("UTC"))
    assert services.retention_cutoff(now) == datetime(2026, 3, 31, 12, tzinfo=ZoneInfo("UTC"))


def test_the_celery_app_finds_the_task():
    from buicasus.celery import app

    app.loader.import_default_modules()
    assert "apps.activities.tasks.registrations_anonymise" in app.tasks
