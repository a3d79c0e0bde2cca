"""The reports' tasks: on a queue of their own, and the public compendia made nightly by beat."""

import pytest
import redis
from celery.schedules import crontab

from django.conf import settings
from django.utils import timezone

from apps.notifications.tasks import deliver_notification
from apps.reports import tasks
from apps.reports.models import ReportRequest, Status
from buicasus.celery import app
from tests.notifications.conftest import not_eager, use_broker
from tests.practices.factories import PracticePageFactory

pytestmark = pytest.mark.django_db

COUNTRIES = ["ES", "FR", "LV", "SE"]


def routed_queue(task) -> str:
    return app.amqp.router.route({}, task.name, (1,), {})["queue"].name


def test_reports_are_routed_to_their_own_queue_and_mail_is_not():
    reports_queue = settings.CELERY_REPORTS_QUEUE
    assert reports_queue != settings.CELERY_TASK_DEFAULT_QUEUE
    for task in (tasks.report_generate, tasks.compendia_refresh, tasks.compendia_prepare):
        assert routed_queue(task) == reports_queue
    assert routed_queue(deliver_notification) == settings.CELERY_TASK_DEFAULT_QUEUE


def test_a_report_sent_through_the_broker_lands_in_the_reports_queue(settings):
    broker = redis.Redis.from_url(settings.REDIS_URL)
    queues = [settings.CELERY_REPORTS_QUEUE, settings.CELERY_TASK_DEFAULT_QUEUE]
    broker.delete(*queues)
    use_broker(settings.REDIS_URL)
    try:
        with not_eager(settings):
            tasks.report_generate.delay(0)
            deliver_notification.delay(0)
        assert broker.llen(settings.CELERY_REPORTS_QUEUE) == 1
        assert broker.llen(settings.CELERY_TASK_DEFAULT_QUEUE) == 1
        assert b"apps.reports.tasks.report_generate" in broker.lindex(settings.CELERY_REPORTS_QUEUE, 0)
    finally:
        broker.delete(*queues)


def test_beat_prepares_the_public_compendia_every_night():
    [entry] = [
        entry
        for entry in settings.CELERY_BEAT_SCHEDULE.values()
        if entry["task"] == "apps.reports.tasks.compendia_prepare"
    ]
    assert entry["schedule"] == crontab(minute=0, hour=2)
    assert entry["task"] in app.tasks


def test_the_nightly_task_makes_the_missing_compendia_in_every_language(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert tasks.compendia_prepare.delay().get() == len(COUNTRIES) * len(settings.LANGUAGES)
    # Each queued for its worker once committed.
    assert len(callbacks) == len(COUNTRIES) * len(settings.LANGUAGES)
    kept = set(ReportRequest.objects.values_list("parameters__country", "language", "is_public", "status"))
    assert kept == {
        (country, language, True, Status.QUEUED)
        for country in COUNTRIES
        for language, _name in settings.LANGUAGES
    }
    ReportRequest.objects.update(status=Status.DONE, progress=100, finished=timezone.now())
    # Nothing changed: the next night queues nothing.
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        assert tasks.compendia_prepare.delay().get() == 0
    assert callbacks == []


def test_the_nightly_task_makes_failed_and_outdated_compendia_again(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=False):
        tasks.compendia_prepare.delay()
    ReportRequest.objects.update(status=Status.DONE, progress=100, finished=timezone.now())
    failed = ReportRequest.objects.get(parameters__country="ES", language="fr")
    ReportRequest.objects.filter(pk=failed.pk).update(status=Status.FAILED)
    # A case published while no event reached the reports (the broker was down).
    PracticePageFactory(country="LV", title="A Latvian case published later")
    with django_capture_on_commit_callbacks(execute=False):
        assert tasks.compendia_prepare.delay().get() == 1 + len(settings.LANGUAGES)
    queued = set(
        ReportRequest.objects.filter(status=Status.QUEUED).values_list("parameters__country", "language")
    )
    assert queued == {("ES", "fr")} | {("LV", language) for language, _name in settings.LANGUAGES}


def test_the_command_queues_the_missing_compendia_at_once(django_capture_on_commit_callbacks):
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    with django_capture_on_commit_callbacks(execute=False):
        call_command("compendia_prepare", stdout=out)
    assert out.getvalue().strip() == f"{len(COUNTRIES) * len(settings.LANGUAGES)} compendia queued."
    assert ReportRequest.objects.filter(is_public=True, status=Status.QUEUED).count() == 20
