"""The library's facets: which cases carry which country, process element, approach, area, theme,
target group, validation state and region, as the kernel's bitmap index (apps/core/listings/facets.py),
cached under a version that every publish, unpublish, move or delete of a case bumps, and every
validation (see signals.py and services/validation.py).

The region is counted but not offered as a filter in the library's sidebar: a country page reads
its regions' counts (`listing.counts["region"]`), and the API filters by it.
"""

from django.db.models import Exists, OuterRef, QuerySet

from apps.core.caching.versioned import RESTRICTIONS, bump, cached, remember, version
from apps.core.listings.facets import FacetIndex, drop_suggestions, facet_counts, facet_index_from, result_ids
from apps.core.selectors import live_public
from apps.vocabulary.models import COUNTRIES, Approach, ProcessElement, SupportArea, TargetGroup, Theme
from apps.vocabulary.nuts import NUTS2, NUTS2_NAMES

from ..models import PracticePage, ValidationState

FACETS = ("country", "element", "approach", "area", "theme", "target")
# The facets read from a column of the case (facet -> column); the index counts the validation
# state and the region besides the facets above.
COLUMNS = {"country": "country", "validation": "validation", "region": "region"}
FACETS_VERSION = "practices"
TAXONOMY_VERSION = "taxonomies"

# facet -> (many-to-many field of PracticePage, field of the related model that is the value code)
RELATIONS = {
    "element": ("elements", "number"),
    "approach": ("approaches", "code"),
    "area": ("support_areas", "code"),
    "theme": ("themes", "code"),
    "target": ("target_groups", "code"),
}
TAXONOMIES = {
    "element": ProcessElement,
    "approach": Approach,
    "area": SupportArea,
    "theme": Theme,
    "target": TargetGroup,
}

__all__ = ["FacetIndex", "drop_suggestions", "facet_counts", "result_ids"]


def practice_list(*, filters: dict | None = None) -> QuerySet[PracticePage]:
    """Live cases matching filters (values OR-ed within a facet, facets AND-ed together)."""
    queryset = live_public(PracticePage.objects)
    for facet, values in (filters or {}).items():
        if not values:
            continue
        if facet in COLUMNS:
            queryset = queryset.filter(**{f"{COLUMNS[facet]}__in": values})
            continue
        relation, code_field = RELATIONS[facet]
        through = getattr(PracticePage, relation).through
        target = through._meta.get_field(target_field(through)).name
        queryset = queryset.filter(
            Exists(
                through.objects.filter(
                    practicepage_id=OuterRef("pk"), **{f"{target}__{code_field}__in": values}
                )
            )
        )
    return queryset


def target_field(through) -> str:
    """The name of a link table's foreign key to the taxonomy (the one that is not the case)."""
    return next(f.name for f in through._meta.get_fields() if f.many_to_one and f.name != "practicepage")


def facet_index_build() -> FacetIndex:
    listed = live_public(PracticePage.objects)
    values = {facet: listed.values_list("pk", column) for facet, column in COLUMNS.items()}
    for facet, (relation, code_field) in RELATIONS.items():
        through = getattr(PracticePage, relation).through
        values[facet] = through.objects.values_list(
            "practicepage_id", f"{target_field(through)}__{code_field}"
        )
    return facet_index_from(listed.values_list("pk", flat=True), values)


def facet_index() -> FacetIndex:
    return remember(f"practices:facets:{facet_version()}", facet_index_build)


def facet_index_invalidate() -> None:
    bump(FACETS_VERSION)


def facet_version() -> str:
    """The version every cached read of the library is keyed by."""
    # A view restriction hides cases from listings as much as an unpublish does.
    return f"{version(FACETS_VERSION)}.{version(RESTRICTIONS)}"


def taxonomy_names() -> dict[str, dict[str, object]]:
    """Every facet value's object, by facet and code, for labels; cached until a taxonomy changes."""

    def compute():
        names = {}
        for facet, model in TAXONOMIES.items():
            code_field = RELATIONS[facet][1]
            names[facet] = {str(getattr(item, code_field)): item for item in model.objects.all()}
        return names

    return cached(TAXONOMY_VERSION, "names", compute=compute)


# Validated first, then validated before the last change, then not validated.
VALIDATION_ORDER = (ValidationState.CURRENT, ValidationState.STALE, ValidationState.NONE)


def facet_value_labels() -> dict[str, dict[str, tuple[str, object]]]:
    """Each facet value's label and sort key: countries by name, taxonomies and validation states in
    their order, regions by code."""
    labels = {
        "country": {code: (name, name) for code, name in COUNTRIES},
        "validation": {
            state.value: (str(state.label), position) for position, state in enumerate(VALIDATION_ORDER)
        },
        # A region by its official name, in its own language (apps/vocabulary/nuts.py).
        "region": {code: (NUTS2_NAMES.get(code, code), code) for codes in NUTS2.values() for code in codes},
    }
    for facet, items in taxonomy_names().items():
        labels[facet] = {value: (item.name, item.pk) for value, item in items.items()}
    return labels
