"""The reports' tasks: generating one, and beat's chores.

All of them go to the reports' own queue (CELERY_TASK_ROUTES), never in front of the mail.

Acks are late and a lost worker's task is rejected back to the queue (CELERY_TASK_ACKS_LATE,
CELERY_TASK_REJECT_ON_WORKER_LOST): a worker killed in the middle of a report does not lose it,
another worker runs it again from the start (`services.report_run` is safe to repeat).
"""

from celery import shared_task

from . import services


@shared_task(bind=True, max_retries=3, default_retry_delay=30, acks_late=True, reject_on_worker_lost=True)
def report_generate(self, report_id: int) -> str | None:
    """A generator's own failure ends the request as failed inside report_run; what escapes it
    (the database gone away) is retried."""
    try:
        report = services.report_run(report_id=report_id)
    except services.ReportBusy:
        # Handed on by the broker while a live worker is still making it: look again later, when it
        # is done (nothing to do then) or its worker has gone quiet (then it is started over).
        if not self.request.is_eager:
            report_generate.apply_async((report_id,), countdown=services.ALIVE_SECONDS)
        return "busy"
    except Exception as exc:
        raise self.retry(exc=exc) from exc
    return report.status if report else None


# Beat's chores and the compendia's refresh: whatever escapes the service (the database gone away)
# is retried, three times at the most, as report_generate retries.


@shared_task(autoretry_for=(Exception,), max_retries=3, default_retry_delay=60)
def compendia_refresh(case_id: int | None = None, country: str | None = None) -> int:
    """A case changed (case_id), or left a country (country): its compendia are made again."""
    return services.compendia_refresh(case_id=case_id, country=country)


@shared_task(autoretry_for=(Exception,), max_retries=3, default_retry_delay=300)
def compendia_prepare() -> int:
    """Scheduled nightly by beat: the missing and outdated public compendia are queued."""
    return services.compendia_prepare()


@shared_task(autoretry_for=(Exception,), max_retries=3, default_retry_delay=60)
def reports_fail_stale() -> int:
    """Scheduled by beat: nothing stays "running" after its worker is gone."""
    return services.reports_fail_stale()


@shared_task(autoretry_for=(Exception,), max_retries=3, default_retry_delay=300)
def reports_clean() -> int:
    """Scheduled daily by beat: private report files are kept REPORTS_KEEP_DAYS."""
    return services.reports_clean()
