from celery import shared_task

from django.contrib.sessions.models import Session
from django.utils import timezone


@shared_task(bind=True, max_retries=3, default_retry_delay=60)
def clear_expired_sessions(self) -> int:
    """Scheduled daily by beat: expired sessions would otherwise pile up in the database."""
    try:
        deleted, _ = Session.objects.filter(expire_date__lt=timezone.now()).delete()
    except Exception as exc:
        raise self.retry(exc=exc) from exc
    return deleted
