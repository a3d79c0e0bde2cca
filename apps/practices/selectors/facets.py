"""The library's facets: which cases carry which country, process element, approach, area, theme and
target group, as the kernel's bitmap index (apps/core/listings/facets.py), cached under a version that every
publish, unpublish, move or delete of a case bumps (see signals.py).
"""

from django.db.models import Exists, OuterRef, QuerySet

from apps.core.caching.versioned import RESTRICTIONS, bump, cached, remember, version
from apps.core.listings.facets import FacetIndex, drop_suggestions, facet_counts, facet_index_from, result_ids
from apps.core.selectors import live_public
from apps.vocabulary.models import COUNTRIES, Approach, ProcessElement, SupportArea, TargetGroup, Theme

from ..models import PracticePage

FACETS = ("country", "element", "approach", "area", "theme", "target")
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
        if facet == "country":
            queryset = queryset.filter(country__in=values)
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
    values = {"country": listed.values_list("pk", "country")}
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


def facet_value_labels() -> dict[str, dict[str, tuple[str, object]]]:
    """Each facet value's label and sort key: countries by name, taxonomies in their order."""
    labels = {"country": {code: (name, name) for code, name in COUNTRIES}}
    for facet, items in taxonomy_names().items():
        labels[facet] = {value: (item.name, item.pk) for value, item in items.items()}
    return labels
