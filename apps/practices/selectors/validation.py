"""What readers see of a case's validation: the badge, its date and the criteria met.

The case's own row holds the state and date of its latest validation (`PracticePage.validation`,
`validated_at`); the ratings of the latest validations are kept as bitmaps beside the facets
(`ratings_index`), and the criteria's names come from the cache, so neither a listing, the API
nor a case page pays a query per criterion or per case.
"""

import datetime
from dataclasses import dataclass

from pyroaring import BitMap

from django.db.models import OuterRef, Subquery

from apps.core.caching.versioned import cached, remember, version

from ..models import CaseValidation, CriterionRating, Rating, ValidationCriterion, ValidationState
from .facets import TAXONOMY_VERSION, facet_version

# The ratings a reader is told a case meets, in this order.
MET = (Rating.FULLY, Rating.PARTLY)
# The states of a case that has been validated.
VALIDATED = (ValidationState.CURRENT, ValidationState.STALE)


@dataclass(frozen=True)
class CriterionResult:
    key: str
    criterion: ValidationCriterion
    rating: str
    justification: str = ""

    @property
    def name(self) -> str:
        return self.criterion.name

    @property
    def rating_label(self) -> str:
        return str(Rating(self.rating).label)

    @property
    def met(self) -> bool:
        return self.rating in MET


@dataclass(frozen=True)
class ValidationBadge:
    """A validated case's badge: current or stale, when, and how it rates on each criterion."""

    state: str
    validated_at: datetime.datetime
    results: tuple[CriterionResult, ...]
    # The language of the justifications: the case's own.
    language: str = ""

    @property
    def is_current(self) -> bool:
        return self.state == ValidationState.CURRENT

    @property
    def label(self) -> str:
        return str(ValidationState(self.state).label)

    @property
    def met(self) -> list[CriterionResult]:
        """The criteria met, fully then partly, each in the checklist's order."""
        return sorted((r for r in self.results if r.met), key=lambda r: MET.index(r.rating))


def validation_criteria() -> dict[int, ValidationCriterion]:
    """The checklist's criteria by pk, in its order; cached until a criterion or taxonomy changes."""
    return cached(
        TAXONOMY_VERSION,
        "validation-criteria",
        compute=lambda: {criterion.pk: criterion for criterion in ValidationCriterion.objects.all()},
    )


def ratings_index() -> dict[tuple[int, str], BitMap]:
    """Which cases' latest validation gives which criterion which rating: a bitmap of case ids per
    (criterion pk, rating), cached with the facet bitmaps and renewed with them.

    Cards and API rows read a case's ratings here, as they read its process elements from the
    facet bitmaps: no query per page, and a handful of small bitmaps whatever the number of cases.
    """
    return remember(f"practices:ratings:{facet_version()}", _ratings_index_build)


def _ratings_index_build() -> dict[tuple[int, str], BitMap]:
    rows = (
        CriterionRating.objects.filter(validation__practice__validation__in=VALIDATED)
        .order_by("validation__practice_id", "-validation__validated_at", "-validation_id")
        .values_list("validation__practice_id", "validation_id", "criterion_id", "rating")
    )
    index: dict[tuple[int, str], BitMap] = {}
    latest: dict[int, int] = {}
    for practice_id, validation_id, criterion_id, rating in rows.iterator(chunk_size=5000):
        if latest.setdefault(practice_id, validation_id) != validation_id:
            continue  # an earlier validation of the case
        index.setdefault((criterion_id, rating), BitMap()).add(practice_id)
    return index


def validation_badges(states: dict[int, tuple[str, datetime.datetime | None]]) -> dict[int, ValidationBadge]:
    """The badges of the validated cases among states ({pk: (state, validated_at)}), from the cached
    ratings index: no query once it is built."""
    validated = {
        pk: (state, at) for pk, (state, at) in states.items() if state in VALIDATED and at is not None
    }
    if not validated:
        return {}
    criteria = validation_criteria()
    index = ratings_index()
    badges = {}
    for pk, (state, at) in validated.items():
        results = []
        for criterion in criteria.values():
            rating = next((r for r in Rating.values if pk in index.get((criterion.pk, r), ())), None)
            if rating is not None:
                results.append(CriterionResult(criterion.key, criterion, rating))
        badges[pk] = ValidationBadge(state, at, tuple(results))
    return badges


def _latest_with_justifications(practice) -> ValidationBadge | None:
    """The case page's badge: its latest validation's ratings with their justifications, one query."""
    latest = (
        CaseValidation.objects.filter(practice_id=OuterRef("validation__practice_id"))
        .order_by("-validated_at", "-pk")
        .values("pk")[:1]
    )
    rows = (
        CriterionRating.objects.filter(validation__practice_id=practice.pk, validation_id=Subquery(latest))
        .order_by()
        .values_list("criterion_id", "rating", "justification", "validation__language")
    )
    criteria = validation_criteria()
    by_criterion = {criterion_id: (rating, text, language) for criterion_id, rating, text, language in rows}
    results, case_language = [], ""
    for pk, criterion in criteria.items():
        if pk in by_criterion:
            rating, justification, case_language = by_criterion[pk]
            results.append(CriterionResult(criterion.key, criterion, rating, justification))
    return ValidationBadge(practice.validation, practice.validated_at, tuple(results), language=case_language)


def practice_validation(practice) -> ValidationBadge | None:
    """A case page's badge with the justifications; cached until the library changes."""
    if practice.validation == ValidationState.NONE or practice.validated_at is None:
        return None
    versions = f"{facet_version()}.{version(TAXONOMY_VERSION)}"
    key = f"practices:validation:{versions}:{practice.pk}:{practice.validation}"
    return remember(key, lambda: _latest_with_justifications(practice))
