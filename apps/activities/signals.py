"""Keep the cached calendar in step with the events: a change to one changes pages and feeds.

And a registration deleted (by staff, e.g. on a request to erase it) frees its place for the
waiting list, as a cancellation does.
"""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_delete
from django.dispatch import receiver

from apps.core.caching import versioned as cache
from apps.core.caching.versioned import PAGES

from .models import Activity, Registration


@receiver([post_save, post_delete], sender=Activity)
def activity_changed(**kwargs):
    transaction.on_commit(lambda: cache.bump(PAGES))


@receiver(pre_delete, sender=Registration)
def registration_deleting(instance, **kwargs):
    # The event first, as every change of its places locks it (services.py); Django deletes
    # inside a transaction, so the lock holds until the place is given on.
    event = Activity.objects.select_for_update().filter(pk=instance.activity_id).first()
    if event is not None:
        # Kept on the registration for registration_deleted: no second read of it per row.
        instance.activity = event


@receiver(post_delete, sender=Registration)
def registration_deleted(instance, **kwargs):
    # From the counts, as they are with the event locked; a past event's list stays as it is.
    from . import services

    services.capacity_changed(activity=instance.activity)
