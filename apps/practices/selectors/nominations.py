"""Reads of the nominations: the e-mailed link's nomination, the editors' queue, and what the
retention removes.

How long a link works and how long a declined nomination keeps its nominator's data are the
settings NOMINATION_CONFIRM_DAYS and NOMINATION_RETENTION_DAYS.
"""

from datetime import timedelta

from django.conf import settings
from django.db.models import QuerySet
from django.utils import timezone

from ..models import Nomination

S = Nomination.Status

# Used when the settings do not name them (buicasus/settings/base.py).
DEFAULT_CONFIRM_DAYS = 7
DEFAULT_RETENTION_DAYS = 180


def confirm_days() -> int:
    return getattr(settings, "NOMINATION_CONFIRM_DAYS", DEFAULT_CONFIRM_DAYS)


def retention_days() -> int:
    return getattr(settings, "NOMINATION_RETENTION_DAYS", DEFAULT_RETENTION_DAYS)


def link_expired(nomination: Nomination, now=None) -> bool:
    """An unconfirmed nomination's link works for NOMINATION_CONFIRM_DAYS after it was sent."""
    now = now or timezone.now()
    return nomination.status == S.UNCONFIRMED and nomination.created < now - timedelta(days=confirm_days())


def nomination_from_token(token: str) -> Nomination | None:
    """The nomination an e-mailed link names, or None; an anonymised one has no link any more."""
    if not token or len(token) > 64:
        return None
    return Nomination.objects.filter(token=token, anonymised=None).first()


def nomination_queue(*, statuses=(S.NEW, S.IN_REVIEW)) -> QuerySet[Nomination]:
    """The confirmed nominations the editors have still to decide on, oldest first."""
    return (
        Nomination.objects.filter(status__in=statuses)
        .select_related("draft_case", "decided_by")
        .order_by("created", "pk")
    )


def unconfirmed_expired(now=None) -> QuerySet[Nomination]:
    """Nominations whose address was not confirmed before the link expired: they never counted."""
    now = now or timezone.now()
    return Nomination.objects.filter(status=S.UNCONFIRMED, created__lt=now - timedelta(days=confirm_days()))


def declined_past_retention(now=None) -> QuerySet[Nomination]:
    """Declined nominations whose nominator's data has been kept NOMINATION_RETENTION_DAYS."""
    now = now or timezone.now()
    return Nomination.objects.filter(
        status=S.DECLINED, anonymised=None, decided__lt=now - timedelta(days=retention_days())
    )
