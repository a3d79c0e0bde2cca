"""Keep cached pages in step with the strategies and action plans they show."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from apps.core.caching import versioned as cache
from apps.core.caching.versioned import PAGES

from .models import ActionItem, ActionPlan, DesignCriterion, Strategy, StrategyCriterion, StrategyService

SHOWN_ON_PAGES = (Strategy, StrategyCriterion, StrategyService, DesignCriterion, ActionPlan, ActionItem)


@receiver([post_save, post_delete])
def shown_record_changed(sender, **kwargs):
    if sender in SHOWN_ON_PAGES:
        transaction.on_commit(lambda: cache.bump(PAGES))
