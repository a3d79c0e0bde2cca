"""Keep the cached facet bitmaps in step with what is published, announce new cases, and mark a
validation stale when a change is published after it."""

from django.db import transaction
from django.db.models.signals import post_delete, post_save, pre_save
from django.dispatch import receiver

from wagtail.signals import page_published, page_unpublished, post_page_move

from apps.core.caching import versioned as cache
from apps.core.caching.versioned import PAGES
from apps.vocabulary.models import Approach, ProcessElement, SupportArea, TargetGroup, Theme

from . import events
from .models import CaseValidation, PracticePage, ValidationCriterion, ValidationState
from .selectors import TAXONOMY_VERSION, facet_index_invalidate


def _invalidate_after_commit(**kwargs):
    transaction.on_commit(facet_index_invalidate)


for signal in (page_published, page_unpublished):
    signal.connect(
        _invalidate_after_commit, sender=PracticePage, dispatch_uid=f"practices-facets-{id(signal)}"
    )


# Wagtail publishes and unpublishes a page outside a transaction of its own (the admin, the
# scheduled publishing): the events are sent in one here, joining the caller's when there is one,
# so what the listeners write is committed together or not at all.


@receiver(page_published, sender=PracticePage)
@transaction.atomic
def practice_published(instance, **kwargs):
    events.send_event(events.case_published, sender=PracticePage, case_id=instance.pk)
    before = instance.__dict__.pop("_country_before", None)
    if before and before != instance.country:
        events.send_event(events.case_withdrawn, sender=PracticePage, case_id=instance.pk, country=before)


@receiver(page_published, sender=PracticePage)
def validation_outdated(instance, revision=None, **kwargs):
    """A change published after the latest validation: "validated before the last change" until
    someone validates again. Republishing the revision that was validated changes nothing."""
    if instance.validation != ValidationState.CURRENT:
        return
    validated = (
        CaseValidation.objects.filter(practice_id=instance.pk)
        .order_by("-validated_at", "-pk")
        .values_list("revision_id", flat=True)
        .first()
    )
    if revision is not None and validated == revision.pk:
        return
    PracticePage.objects.filter(pk=instance.pk, validation=ValidationState.CURRENT).update(
        validation=ValidationState.STALE
    )
    instance.validation = ValidationState.STALE
    # The publish renews the caches on commit too; this renews them after the state is written,
    # whether or not the publish ran in a transaction.
    _invalidate_after_commit()


@receiver(page_unpublished, sender=PracticePage)
def practice_unpublished(instance, **kwargs):
    _withdrawn(instance)


@receiver(post_delete, sender=PracticePage)
def practice_deleted(instance, **kwargs):
    # A live page is unpublished by Wagtail before it is deleted, which announces the withdrawal.
    _invalidate_after_commit()


@receiver(pre_save, sender=PracticePage)
def country_before(instance, raw=False, update_fields=None, **kwargs):
    """Note the country a published case had, so that moving it to another is a withdrawal there."""
    if raw or instance.pk is None or (update_fields is not None and "country" not in update_fields):
        return
    instance._country_before = (
        PracticePage.objects.filter(pk=instance.pk, live=True).values_list("country", flat=True).first()
    )


@transaction.atomic
def _withdrawn(case):
    events.send_event(events.case_withdrawn, sender=PracticePage, case_id=case.pk, country=case.country)


@receiver(post_page_move)
def page_moved(instance, **kwargs):
    if isinstance(instance.specific_deferred, PracticePage):
        _invalidate_after_commit()


@receiver([post_save, post_delete])
def taxonomy_changed(sender, **kwargs):
    if sender in (ProcessElement, Approach, SupportArea, Theme, TargetGroup, ValidationCriterion):
        transaction.on_commit(lambda: (cache.bump(TAXONOMY_VERSION), cache.bump(PAGES)))
