"""The pages show the organisations and the consortium: a change of either renews the pages' version."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from apps.core.caching import versioned as cache
from apps.core.caching.versioned import PAGES

from .models import ConsortiumProject, Organisation


@receiver([post_save, post_delete], sender=Organisation)
@receiver([post_save, post_delete], sender=ConsortiumProject)
def partner_changed(**kwargs):
    transaction.on_commit(lambda: cache.bump(PAGES))
