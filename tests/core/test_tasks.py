import time
import uuid
from datetime import timedelta

import pytest
from celery import Celery
from celery.contrib.testing.worker import start_worker
from celery.signals import task_postrun

from django.contrib.sessions.backends.db import SessionStore
from django.db import DEFAULT_DB_ALIAS, connections
from django.test import override_settings
from django.utils import timezone

from apps.core.tasks import clear_expired_sessions
from buicasus.celery import app

# The worker runs in a thread with its own connection, so it sees only committed rows. The test
# writes and reads through a connection of its own, outside the test's transaction, instead of
# a transactional test, which would empty every table for the tests after it.
pytestmark = pytest.mark.django_db


@pytest.fixture
def own_connection():
    connection = connections.create_connection(DEFAULT_DB_ALIAS)
    yield connection
    connection.close()


def add_session(connection, expires_in) -> str:
    key = uuid.uuid4().hex
    with connection.cursor() as cursor:
        cursor.execute(
            "INSERT INTO django_session (session_key, session_data, expire_date) VALUES (%s, %s, %s)",
            [key, SessionStore().encode({"seen": True}), timezone.now() + expires_in],
        )
    return key


def session_exists(connection, key) -> bool:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1 FROM django_session WHERE session_key = %s", [key])
        return cursor.fetchone() is not None


def test_a_real_worker_clears_expired_sessions_through_redis(settings, own_connection):
    expired = add_session(own_connection, timedelta(days=-1))
    alive = add_session(own_connection, timedelta(days=1))
    try:
        result = run_in_worker(settings, until=lambda: not session_exists(own_connection, expired))
        assert result.id
        assert not session_exists(own_connection, expired)
        assert session_exists(own_connection, alive)
    finally:
        with own_connection.cursor() as cursor:
            cursor.execute("DELETE FROM django_session WHERE session_key IN (%s, %s)", [expired, alive])


def close_worker_connection(**kwargs):
    """The worker thread's own database connection, closed so the test database can be dropped."""
    connections.close_all()


def run_in_worker(settings, until):
    """Start a real worker on the Redis broker, send the task, and wait until its effect shows."""
    task_postrun.connect(close_worker_connection, weak=False)
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
                deadline = time.monotonic() + 30
                while not until() and time.monotonic() < deadline:
                    time.sleep(0.1)
    finally:
        app.conf.task_always_eager = True
        task_postrun.disconnect(close_worker_connection)
    return result


def test_queueing_a_task_on_a_stalled_broker_fails_fast_instead_of_hanging(stalled_redis):
    """What a request pays when it queues a task while the broker hangs: a second, not forever."""
    # Not made the current app: tasks queued by later tests must still go through the portal's.
    probe = Celery("broker-probe", set_as_current=False)
    probe.config_from_object("django.conf:settings", namespace="CELERY")
    probe.conf.broker_url = stalled_redis
    probe.conf.task_always_eager = False
    started = time.monotonic()
    with pytest.raises(Exception):  # noqa: B017 - kombu's or redis' own error, either will do
        probe.send_task("apps.core.tasks.clear_expired_sessions", queue="buicasus")
    elapsed = time.monotonic() - started
    probe.close()
    assert elapsed < 2.0, elapsed
