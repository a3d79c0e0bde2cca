"""Listen to the library: a published case regenerates the public compendia it is in."""

from django.dispatch import receiver

from apps.practices.events import case_published


@receiver(case_published, dispatch_uid="reports-compendia-refresh")
def case_changed(sender, case_id: int, **kwargs):
    from .tasks import compendia_refresh

    compendia_refresh.delay(case_id)
