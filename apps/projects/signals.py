"""Keep the cached register in step with its records: a change to one changes its pages."""

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.dispatch import receiver

from apps.core.caching import versioned as cache
from apps.core.caching.versioned import PAGES

from .models import (
    ClusterCoalition,
    Engagement,
    EsfProject,
    OfferingItem,
    ProjectNeed,
    ProjectPartner,
    SupportOffering,
)

SHOWN = (EsfProject, ProjectNeed, ProjectPartner, SupportOffering, OfferingItem, ClusterCoalition, Engagement)


def _bump(**kwargs):
    transaction.on_commit(lambda: cache.bump(PAGES))


for model in SHOWN:
    post_save.connect(_bump, sender=model, dispatch_uid=f"projects-saved-{model.__name__}")
    post_delete.connect(_bump, sender=model, dispatch_uid=f"projects-deleted-{model.__name__}")


@receiver(m2m_changed, sender=ClusterCoalition.projects.through)
def coalition_projects_changed(**kwargs):
    _bump()
