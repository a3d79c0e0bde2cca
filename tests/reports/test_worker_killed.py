"""A worker killed with SIGKILL in the middle of a report does not lose it.

Tasks are acknowledged late, so the message the dead worker held goes back to the queue once
the broker's visibility timeout passes (two seconds here, through CELERY_VISIBILITY_TIMEOUT);
another worker takes it and runs the report again from the start, to the end.
"""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from django.conf import settings
from django.db import connection

from apps.reports import services
from apps.reports.models import ReportRequest, Status
from buicasus.celery import app
from tests.e2e.helpers import committed

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
# The broker's visibility timeout for the workers started here: a message a dead worker held is
# visible again this long after it was handed out.
VISIBILITY_SECONDS = 2


def worker_env() -> dict:
    database = connection.settings_dict
    host = f"{database['HOST'] or '127.0.0.1'}:{database['PORT'] or 5432}"
    url = f"postgres://{database['USER']}@{host}/{database['NAME']}"
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "buicasus.settings.test",
        "DATABASE_URL": url,
        "REDIS_URL": settings.REDIS_URL,
        "PRIVATE_MEDIA_ROOT": str(settings.PRIVATE_MEDIA_ROOT),
        "CELERY_VISIBILITY_TIMEOUT": str(VISIBILITY_SECONDS),
        # The killed worker falls silent; after two seconds another may start the report over. Until
        # then it puts the task back in the queue for later, as a production worker does.
        "REPORTS_ALIVE_SECONDS": "2",
        "CELERY_TASK_ALWAYS_EAGER": "false",
        "PYTHONPATH": str(ROOT),
    }


def start_worker(app_module: str) -> subprocess.Popen:
    return subprocess.Popen(
        [
            sys.executable,
            "-m",
            "celery",
            "-A",
            app_module,
            "worker",
            "--pool=solo",
            "--concurrency=1",
            f"--queues={settings.CELERY_TASK_DEFAULT_QUEUE},{settings.CELERY_REPORTS_QUEUE}",
            "--loglevel=WARNING",
            "--without-gossip",
            "--without-mingle",
            "--without-heartbeat",
        ],
        cwd=ROOT,
        env=worker_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )


def state(pk: int) -> ReportRequest:
    return committed(lambda: ReportRequest.objects.get(pk=pk))


def wait_for(condition, timeout: float):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.2)
    return condition()


@pytest.fixture
def broker(settings):
    app.conf.task_always_eager = False
    app.conf.broker_url = settings.REDIS_URL
    yield
    app.conf.task_always_eager = True


def test_a_report_survives_its_worker_being_killed(broker):
    workers = [start_worker("tests.reports.slow_worker")]
    report = committed(
        lambda: services.report_order(
            kind="compendium", parameters={"country": "FR"}, language="fr", format="pdf"
        )
    )
    try:
        running = wait_for(
            lambda: (r := state(report.pk)).status == Status.RUNNING and r.progress > 0 and r, 60
        )
        assert running and running.progress < 100, "the report never got going"
        os.killpg(workers[0].pid, signal.SIGKILL)
        workers[0].wait(timeout=10)
        halfway = state(report.pk)
        assert halfway.status == Status.RUNNING and halfway.progress < 100
        # A worker gives back a dead one's messages when it starts and then only at long
        # intervals (kombu's restore cycle): one that starts before the message is visible again
        # waits for the next cycle, past this test's patience. In production the timeout is an
        # hour anyway; here the second worker starts once the timeout has passed.
        time.sleep(VISIBILITY_SECONDS + 0.5)
        workers.append(start_worker("buicasus"))
        done = wait_for(lambda: (r := state(report.pk)).status == Status.DONE and r, 90)
        assert done, state(report.pk).status
        assert done.progress == 100 and done.attempts == 2
        assert Path(done.file.path).read_bytes().startswith(b"%PDF")
    finally:
        for worker in workers:
            if worker.poll() is None:
                os.killpg(worker.pid, signal.SIGTERM)
                worker.wait(timeout=30)
        committed(lambda: _remove(report.pk))


def _remove(pk: int) -> None:
    for report in ReportRequest.objects.filter(pk=pk):
        if report.file:
            report.file.delete(save=False)
        report.delete()
