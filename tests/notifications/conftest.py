"""A real SMTP server (aiosmtpd) and a real Celery worker on Redis, for the delivery tests.

The worker runs in a thread with its own database connection, so it sees committed rows only:
those tests make, read and remove their rows in threads of their own (`in_thread`), outside the
test's transaction, as the registration races do. Starting a worker closes the database
connections of the thread that starts it, so once a worker runs the test's own connection is
not used again.
"""

import socket
import threading
import time
from contextlib import contextmanager
from email import message_from_bytes, policy

import pytest
from aiosmtpd.controller import Controller
from celery.contrib.testing.worker import start_worker
from celery.signals import task_postrun

from django.db import connections
from django.test import override_settings

from buicasus.celery import app


def free_port() -> int:
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return port


class Sink:
    """Keeps every message it accepts; refuses the first `failures` with a temporary error."""

    def __init__(self, failures: int = 0):
        self.failures = failures
        self.refused = 0
        self.messages = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            if self.refused < self.failures:
                self.refused += 1
                return "451 4.3.0 Try again later"
            self.messages.append(message_from_bytes(envelope.content, policy=policy.default))
        return "250 Message accepted for delivery"

    def to(self, address: str) -> list:
        return [message for message in self.messages if message["To"] == address]

    def wait_for(self, count: int, timeout: float = 30.0) -> list:
        deadline = time.monotonic() + timeout
        while len(self.messages) < count and time.monotonic() < deadline:
            time.sleep(0.05)
        return self.messages


@pytest.fixture
def smtp(settings):
    """An SMTP server of the test's own; Django's SMTP backend sends to it."""
    sink = Sink()
    port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=port)
    controller.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_HOST_USER = ""
    settings.EMAIL_HOST_PASSWORD = ""
    try:
        yield sink
    finally:
        controller.stop()


def in_thread(function):
    """Run function on a connection of its own, so what it writes is committed."""
    outcome = {}

    def run():
        try:
            outcome["value"] = function()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            outcome["error"] = exc
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(60)
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


def _close_worker_connection(**kwargs):
    connections.close_all()


def use_broker(url: str) -> None:
    """Point the Celery app at another broker."""
    # kombu keeps one pool per broker address for the process; the app picks it up again.
    app.conf.broker_url = url
    app._pool = None
    app.amqp._producer_pool = None


@contextmanager
def not_eager(settings):
    """Tasks go through the broker instead of running in-process."""
    app.conf.task_always_eager = False
    try:
        with override_settings(CELERY_TASK_ALWAYS_EAGER=False):
            yield
    finally:
        app.conf.task_always_eager = True
        use_broker(settings.REDIS_URL)


@contextmanager
def running_worker(settings):
    """A real worker consuming the portal's queue on Redis, in a thread of this process."""
    task_postrun.connect(_close_worker_connection, weak=False)
    use_broker(settings.REDIS_URL)
    with app.connection_for_write() as connection:
        # Whatever an earlier, interrupted run left in the queue is not this test's.
        connection.default_channel.queue_purge(settings.CELERY_TASK_DEFAULT_QUEUE)
    try:
        with not_eager(settings):
            with start_worker(
                app,
                perform_ping_check=False,
                pool="solo",
                loglevel="WARNING",
                queues=[settings.CELERY_TASK_DEFAULT_QUEUE],
            ):
                yield app
    finally:
        task_postrun.disconnect(_close_worker_connection)


@pytest.fixture
def worker(settings):
    with running_worker(settings) as running:
        yield running
