"""Writes of the validation checklist: its criteria, and validating a published case against them.

A validation rates the live revision of a case; the case keeps the state of its latest validation
(`PracticePage.validation`, `validated_at`) for the badge, the facet, the API and open data. The
state is written with a queryset update, never by saving the page, so validating makes no
revision and leaves the case's publishing alone; publishing a change afterwards makes it stale
(signals.py).
"""

from collections.abc import Mapping

from django.conf import settings
from django.core.exceptions import PermissionDenied, ValidationError
from django.db import transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from wagtail.log_actions import log

from apps.core.caching import versioned as cache
from apps.core.caching.versioned import PAGES

from ..criteria import CRITERIA
from ..models import CaseValidation, CriterionRating, PracticePage, ValidationCriterion, ValidationState
from ..selectors import facet_index_invalidate

VALIDATE_ACTION = "practices.validate"


@transaction.atomic
def criteria_load() -> str:
    """The checklist's five criteria, created or brought up to date by key, named in every language."""
    with translation.override(settings.LANGUAGE_CODE):
        for position, (key, texts) in enumerate(CRITERIA.items(), start=1):
            ValidationCriterion.objects.update_or_create(
                key=key,
                defaults={
                    "sort_order": position,
                    "name": texts["name"][settings.LANGUAGE_CODE],
                    "description": texts["description"][settings.LANGUAGE_CODE],
                    **{f"name_{code}": name for code, name in texts["name"].items()},
                    **{f"description_{code}": text for code, text in texts["description"].items()},
                },
            )
    return f"{len(CRITERIA)} validation criteria"


def may_validate(user, practice: PracticePage) -> bool:
    """Who may publish a case may validate it: validating vouches for what is published."""
    return bool(user and user.is_authenticated and practice.permissions_for_user(user).can_publish())


@transaction.atomic
def case_validate(
    *, practice: PracticePage, validator, ratings: Mapping[str, tuple[str, str]]
) -> CaseValidation:
    """Validate the live revision of practice: ratings holds (rating, justification) by criterion key.

    Every criterion of the checklist is rated (not assessed is a rating). The history of the case
    records who validated, when, and which ratings changed since the validation before.
    """
    if not may_validate(validator, practice):
        raise PermissionDenied
    locked = PracticePage.objects.select_for_update().get(pk=practice.pk)
    if not locked.live or locked.live_revision_id is None:
        raise ValidationError(_("Only a published case can be validated; publish it first."), code="draft")
    criteria = list(ValidationCriterion.objects.all())
    if not criteria:
        raise ValidationError(_("The checklist has no criteria yet."), code="no_criteria")
    keys = {criterion.key for criterion in criteria}
    if set(ratings) != keys:
        raise ValidationError(_("Rate every criterion of the checklist, and only those."), code="criteria")
    previous = CaseValidation.objects.filter(practice=locked).order_by("-validated_at", "-pk").first()
    before = dict(previous.ratings.values_list("criterion__key", "rating")) if previous is not None else {}
    now = timezone.now()
    validation = CaseValidation(
        practice=locked,
        validator=validator,
        validator_name=(validator.get_full_name() or validator.get_username())[:150],
        validated_at=now,
        revision_id=locked.live_revision_id,
        language=locked.original_language,
    )
    validation.full_clean()
    validation.save()
    rows = []
    for criterion in criteria:
        rating, justification = ratings[criterion.key]
        row = CriterionRating(
            validation=validation, criterion=criterion, rating=rating, justification=justification.strip()
        )
        row.full_clean(exclude=["validation"])
        rows.append(row)
    CriterionRating.objects.bulk_create(rows)
    PracticePage.objects.filter(pk=locked.pk).update(validation=ValidationState.CURRENT, validated_at=now)
    practice.validation, practice.validated_at = ValidationState.CURRENT, now
    after = {row.criterion.key: row.rating for row in rows}
    log(
        instance=locked,
        action=VALIDATE_ACTION,
        user=validator,
        data={
            "validation": validation.pk,
            "revision": locked.live_revision_id,
            "previous": previous.validated_at.isoformat() if previous is not None else None,
            "ratings": after,
            "changed": {
                key: [before.get(key, ""), rating]
                for key, rating in after.items()
                if before.get(key) != rating
            },
        },
    )
    transaction.on_commit(validation_published)
    return validation


def validation_published() -> None:
    """What a publish renews, renewed: the facet bitmaps and every cached page and API answer."""
    facet_index_invalidate()
    cache.bump(PAGES)
