"""Keep the cached public results in step with the grid: a change to it renames or reorders criteria."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from apps.core.caching import versioned as cache
from apps.core.caching.versioned import PAGES

from .models import CriteriaGrid, Criterion, MappingEntry
from .selectors import MAPPING


@receiver([post_save, post_delete])
def results_changed(sender, **kwargs):
    if sender in (CriteriaGrid, Criterion) or (
        sender is MappingEntry and kwargs.get("signal") is post_delete
    ):
        transaction.on_commit(lambda: (cache.bump(MAPPING), cache.bump(PAGES)))
