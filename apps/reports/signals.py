"""Listen to the library: a case published, unpublished or deleted regenerates the public
compendia of its country."""

from django.db import transaction
from django.dispatch import receiver

from apps.practices.events import case_published, case_withdrawn


@receiver(case_published, dispatch_uid="reports-compendia-refresh")
def case_changed(sender, case_id: int, **kwargs):
    from .tasks import compendia_refresh

    # The event comes inside the publishing transaction: the task is queued once it is committed.
    transaction.on_commit(lambda: compendia_refresh.delay(case_id))


@receiver(case_withdrawn, dispatch_uid="reports-compendia-refresh-withdrawn")
def case_withdrawn_from_country(sender, country: str, **kwargs):
    from .tasks import compendia_refresh

    transaction.on_commit(lambda: compendia_refresh.delay(country=country))
