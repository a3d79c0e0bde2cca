"""Keep cached pages in step with the records they show: a work package's page and the pilots' pages."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from apps.core.caching import versioned as cache
from apps.core.caching.versioned import PAGES

from .models import (
    Deliverable,
    MentoringSession,
    Milestone,
    Pilot,
    PilotStage,
    TransferAnalysis,
    WorkPackage,
)

SHOWN_ON_PAGES = (WorkPackage, Deliverable, Milestone, Pilot, PilotStage, MentoringSession, TransferAnalysis)


@receiver([post_save, post_delete])
def shown_record_changed(sender, **kwargs):
    if sender in SHOWN_ON_PAGES:
        transaction.on_commit(lambda: cache.bump(PAGES))
