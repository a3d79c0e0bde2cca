from celery import shared_task

from . import services


@shared_task(bind=True, max_retries=3, default_retry_delay=300)
def registrations_anonymise(self) -> int:
    """Scheduled daily by beat: personal data of registrations is kept only as long as needed.

    REGISTRATION_RETENTION_MONTHS after an event ended, its registrations lose name, address
    and organisation; the rows stay, so the event's counts do not change. Registrations whose
    address was never confirmed are deleted once they have lapsed (models.PENDING_HOURS).
    """
    try:
        services.pending_expired_delete()
        return services.registrations_anonymise()
    except Exception as exc:
        raise self.retry(exc=exc) from exc
