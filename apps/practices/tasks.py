from celery import shared_task

from .services import nominations


@shared_task(bind=True, max_retries=3, default_retry_delay=300)
def nominations_purge(self) -> dict:
    """Scheduled daily by beat: a nominator's personal data is kept only as long as needed.

    Unconfirmed nominations are deleted once their link has expired (NOMINATION_CONFIRM_DAYS);
    declined ones lose the nominator's name, address and organisation NOMINATION_RETENTION_DAYS
    after the decision, and the rows stay.
    """
    try:
        return nominations.nominations_purge()
    except Exception as exc:
        raise self.retry(exc=exc) from exc
