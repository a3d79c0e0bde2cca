import time
from datetime import timedelta

from celery.contrib.testing.worker import start_worker

from django.contrib.sessions.backends.db import SessionStore
from django.contrib.sessions.models import Session
from django.test import override_settings
from django.utils import timezone

from apps.core.tasks import clear_expired_sessions
from buicasus.celery import app


def make_session(expires_in):
    store = SessionStore()
    store["seen"] = True
    store.create()
    Session.objects.filter(session_key=store.session_key).update(expire_date=timezone.now() + expires_in)
    return store.session_key


def test_a_real_worker_clears_expired_sessions_through_redis(settings, django_db_blocker):
    """The worker runs in its own thread with its own connection, so the data must be committed.

    Rather than a transactional test, which would empty every table for the tests after it,
    this one commits its two sessions and removes them itself.
    """
    with django_db_blocker.unblock():
        expired = make_session(timedelta(days=-1))
        alive = make_session(timedelta(days=1))
        try:
            result = run_in_worker(
                settings, until=lambda: not Session.objects.filter(session_key=expired).exists()
            )
            assert result.id
            assert not Session.objects.filter(session_key=expired).exists()
            assert Session.objects.filter(session_key=alive).exists()
        finally:
            Session.objects.filter(session_key__in=[expired, alive]).delete()


def run_in_worker(settings, until):
    """Start a real worker on the Redis broker, send the task, and wait until its effect shows."""
    app.conf.task_always_eager = False
    app.conf.broker_url = settings.REDIS_URL
    try:
        with override_settings(CELERY_TASK_ALWAYS_EAGER=False):
            with start_worker(
                app,
                perform_ping_check=False,
                pool="solo",
                loglevel="WARNING",
                queues=[settings.CELERY_TASK_DEFAULT_QUEUE],
            ):
                result = clear_expired_sessions.apply_async(queue=settings.CELERY_TASK_DEFAULT_QUEUE)
                deadline = timezone.now() + timedelta(seconds=30)
                while not until() and timezone.now() < deadline:
                    time.sleep(0.1)
    finally:
        app.conf.task_always_eager = True
    return result
