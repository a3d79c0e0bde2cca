"""Listen to the library: a published case regenerates the public compendia it is in."""

from django.db import transaction
from django.dispatch import receiver

from apps.practices.events import case_published


@receiver(case_published, dispatch_uid="reports-compendia-refresh")
def case_changed(sender, case_id: int, **kwargs):
    from .tasks import compendia_refresh

    # The event comes inside the publishing transaction: the task is queued once it is committed.
    transaction.on_commit(lambda: compendia_refresh.delay(case_id))
