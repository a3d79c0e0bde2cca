"""Keep the hub's search vectors, facets and the cached pages in step with the records they show."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from apps.core.caching import versioned as cache
from apps.core.caching.versioned import PAGES
from apps.vocabulary.models import ProcessElement, SupportArea, Theme

from .models import HubItem, ThematicArea, ThematicSelection
from .selectors import hub_invalidate, search_vectors_refresh


@receiver(post_save, sender=HubItem)
def hub_item_saved(instance, **kwargs):
    pk = instance.pk
    transaction.on_commit(lambda: (search_vectors_refresh(ids=[pk]), hub_invalidate()))


@receiver(post_delete, sender=HubItem)
def hub_item_deleted(**kwargs):
    transaction.on_commit(hub_invalidate)


@receiver([post_save, post_delete])
def shown_record_changed(sender, **kwargs):
    if sender in (ThematicSelection, ThematicArea, Theme, SupportArea, ProcessElement):
        transaction.on_commit(lambda: cache.bump(PAGES))
