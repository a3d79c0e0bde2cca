"""Keep the cached facet bitmaps in step with what is published, and announce new cases."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished, post_page_move

from apps.core import cache
from apps.core.cache import PAGES
from apps.vocabulary.models import Approach, ProcessElement, SupportArea, TargetGroup, Theme

from . import events
from .models import PracticePage
from .selectors import TAXONOMY_VERSION, facet_index_invalidate


def _invalidate_after_commit(**kwargs):
    transaction.on_commit(facet_index_invalidate)


for signal in (page_published, page_unpublished):
    signal.connect(
        _invalidate_after_commit, sender=PracticePage, dispatch_uid=f"practices-facets-{id(signal)}"
    )


@receiver(page_published, sender=PracticePage)
def practice_published(instance, **kwargs):
    events.send_event(events.case_published, sender=PracticePage, case_id=instance.pk)


@receiver(page_unpublished, sender=PracticePage)
def practice_unpublished(instance, **kwargs):
    _withdrawn(instance)


@receiver(post_delete, sender=PracticePage)
def practice_deleted(instance, **kwargs):
    _invalidate_after_commit()
    if instance.live:
        _withdrawn(instance)


def _withdrawn(case):
    events.send_event(events.case_withdrawn, sender=PracticePage, case_id=case.pk, country=case.country)


@receiver(post_page_move)
def page_moved(instance, **kwargs):
    if isinstance(instance.specific_deferred, PracticePage):
        _invalidate_after_commit()


@receiver([post_save, post_delete])
def taxonomy_changed(sender, **kwargs):
    if sender in (ProcessElement, Approach, SupportArea, Theme, TargetGroup):
        transaction.on_commit(lambda: (cache.bump(TAXONOMY_VERSION), cache.bump(PAGES)))
