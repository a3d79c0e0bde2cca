"""Keep the cached calendar in step with the events: a change to one changes pages and feeds."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from apps.core import cache
from apps.core.cache import PAGES

from .models import Activity


@receiver([post_save, post_delete], sender=Activity)
def activity_changed(**kwargs):
    transaction.on_commit(lambda: cache.bump(PAGES))
