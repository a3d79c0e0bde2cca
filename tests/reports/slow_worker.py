"""The portal's Celery app, with every step of a report's progress slowed down.

A test starts a worker with `celery -A tests.reports.slow_worker worker` so that it can kill it
in the middle of a report; nothing else uses this module.
"""

import time

from celery.signals import task_prerun

from buicasus.celery import app

__all__ = ["app"]

STEP_SECONDS = 0.3


@task_prerun.connect
def slow_down_progress(**kwargs):
    from apps.reports import services

    if getattr(services._Progress, "slowed_down", False):
        return
    step = services._Progress.__call__

    def slowly(self, percent):
        time.sleep(STEP_SECONDS)
        step(self, percent)

    services._Progress.__call__ = slowly
    services._Progress.slowed_down = True
