"""Reads of the best-practice library: listings, facet counts and search.

Facet counts come from compressed bitmaps of case ids per facet value (pyroaring), built from
the database once and kept in the cache under a version that every publish, unpublish, move or
delete of a case bumps (see signals.py). Counting a facet with the other filters applied is
then a few bitmap intersections, not a scan of the case table per facet; STACK.md has the
figures that led here.
"""

import math
from dataclasses import dataclass, field

from pyroaring import BitMap

from django.conf import settings
from django.core.cache import cache
from django.db.models import CharField, Count, Exists, OuterRef, Q, QuerySet, Value
from django.db.models.functions import Coalesce

from apps.core.cache import cached
from apps.core.selectors import live_public

from .models import Approach, PracticePage, ProcessElement, SupportArea, TargetGroup, Theme
from .search import is_supported, search_filter

PAGE_SIZE = 20
FACETS = ("country", "element", "approach", "area", "theme", "target")
SORTS = ("relevance", "newest", "title")
FACET_VERSION_KEY = "practices:facets:version"
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


@dataclass
class FacetIndex:
    every: BitMap
    values: dict[str, dict[str, BitMap]]


@dataclass
class Listing:
    practices: list
    total: int
    page: int
    pages: int
    counts: dict[str, dict[str, int]]
    suggestions: list = field(default_factory=list)
    other_languages: list = field(default_factory=list)


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
        target = through._meta.get_field(_target_field(through)).name
        queryset = queryset.filter(
            Exists(
                through.objects.filter(
                    practicepage_id=OuterRef("pk"), **{f"{target}__{code_field}__in": values}
                )
            )
        )
    return queryset


def practice_cards(queryset: QuerySet[PracticePage]) -> QuerySet[PracticePage]:
    """What a card of a case needs, fetched up front: a listing costs the same for 10 or 200 cases."""
    return queryset.defer(*_deferred()).prefetch_related("elements", "support_areas")


def _deferred() -> list[str]:
    return [
        f"{name}_{code}" for name in ("body", "body_text", "search") for code, _ in settings.LANGUAGES
    ] + [
        "body",
        "body_text",
    ]


def _target_field(through) -> str:
    return next(f.name for f in through._meta.get_fields() if f.many_to_one and f.name != "practicepage")


def facet_index_build() -> FacetIndex:
    every = BitMap(live_public(PracticePage.objects).values_list("pk", flat=True))
    values: dict[str, dict[str, BitMap]] = {"country": {}}
    for pk, country in live_public(PracticePage.objects).values_list("pk", "country"):
        values["country"].setdefault(country, BitMap()).add(pk)
    for facet, (relation, code_field) in RELATIONS.items():
        through = getattr(PracticePage, relation).through
        target = _target_field(through)
        values[facet] = {}
        for pk, code in through.objects.values_list("practicepage_id", f"{target}__{code_field}"):
            if pk in every:
                values[facet].setdefault(str(code), BitMap()).add(pk)
    return FacetIndex(every=every, values=values)


def facet_index() -> FacetIndex:
    version = cache.get_or_set(FACET_VERSION_KEY, 1, timeout=None)
    key = f"practices:facets:{version}"
    index = cache.get(key)
    if index is None:
        index = facet_index_build()
        cache.set(key, index, timeout=None)
    return index


def facet_index_invalidate() -> None:
    try:
        cache.incr(FACET_VERSION_KEY)
    except ValueError:
        cache.set(FACET_VERSION_KEY, 2, timeout=None)


def _selected(index: FacetIndex, filters: dict) -> dict[str, BitMap]:
    selected = {}
    for facet, values in filters.items():
        if values:
            union = BitMap()
            for value in values:
                union |= index.values[facet].get(value, BitMap())
            selected[facet] = union
    return selected


def facet_counts(index: FacetIndex, filters: dict, base: BitMap | None = None) -> dict[str, dict[str, int]]:
    """For each facet value: the number of results if it were chosen, with the other facets' filters."""
    base = index.every if base is None else base
    selected = _selected(index, filters)
    counts = {}
    for facet in FACETS:
        others = base
        for other, bitmap in selected.items():
            if other != facet:
                others = others & bitmap
        counts[facet] = {
            value: others.intersection_cardinality(bitmap) for value, bitmap in index.values[facet].items()
        }
    return counts


def result_ids(index: FacetIndex, filters: dict, base: BitMap | None = None) -> BitMap:
    result = index.every if base is None else base & index.every
    for bitmap in _selected(index, filters).values():
        result = result & bitmap
    return result


def drop_suggestions(
    index: FacetIndex, filters: dict, base: BitMap | None = None
) -> list[tuple[str, str, int]]:
    """When nothing matches: which single filter to drop, and how many cases that would show."""
    suggestions = []
    for facet, values in filters.items():
        for value in values:
            fewer = {**filters, facet: [v for v in values if v != value]}
            count = len(result_ids(index, fewer, base))
            if count:
                suggestions.append((facet, value, count))
    return sorted(suggestions, key=lambda suggestion: -suggestion[2])


def practice_search_ids(text: str, language: str) -> BitMap:
    return BitMap(
        search_filter(live_public(PracticePage.objects), text, language).values_list("pk", flat=True)
    )


def practice_listing(*, filters: dict, text: str, sort: str, page: int, language: str) -> Listing:
    index = facet_index()
    base = practice_search_ids(text, language) if text else None
    counts = facet_counts(index, filters, base)
    total = len(result_ids(index, filters, base))
    pages = max(1, math.ceil(total / PAGE_SIZE))
    page = min(max(1, page), pages)
    queryset = practice_list(filters=filters)
    if text:
        queryset = search_filter(queryset, text, language)
    queryset = _ordered(queryset, sort if (text or sort != "relevance") else "newest", language)
    offset = (page - 1) * PAGE_SIZE
    practices = list(_with_highlights(practice_cards(queryset), text, language)[offset : offset + PAGE_SIZE])
    listing = Listing(practices=practices, total=total, page=page, pages=pages, counts=counts)
    if total == 0:
        listing.suggestions = drop_suggestions(index, filters, base)
        if text:
            listing.other_languages = _other_language_matches(filters, text, language)
    return listing


def _with_highlights(queryset, text, language):
    if not text:
        return queryset
    from .search import highlight

    return highlight(queryset, text, language)


def _ordered(queryset: QuerySet, sort: str, language: str) -> QuerySet:
    if sort == "relevance":
        return queryset.order_by("-rank", "-first_published_at", "pk")
    if sort == "title":
        return queryset.order_by(Coalesce(f"title_{language}", "title").asc(), "pk")
    return queryset.order_by("-first_published_at", "-pk")


def _other_language_matches(filters: dict, text: str, language: str) -> list[tuple[str, list]]:
    """Cases that match the words in another language, offered when the reader's language has none."""
    matches = []
    for code, _name in settings.LANGUAGES:
        if code == language:
            continue
        queryset = search_filter(practice_list(filters=filters), text, code)
        found = list(practice_cards(_ordered(queryset, "relevance", code))[:5])
        if found:
            matches.append((code, found))
    return matches


def practice_classification(practice: PracticePage) -> dict[str, list]:
    """The case's elements, approaches, areas, themes and target groups in one query.

    The ids come from the five link tables in a single UNION; the objects from the cached
    taxonomies, so a case page does not pay a query per taxonomy.
    """
    queries = []
    for facet, (relation, _code_field) in RELATIONS.items():
        through = getattr(PracticePage, relation).through
        queries.append(
            through.objects.filter(practicepage_id=practice.pk)
            .annotate(facet=Value(facet, output_field=CharField()))
            .values_list("facet", f"{_target_field(through)}_id")
        )
    linked = queries[0].union(*queries[1:], all=True)
    by_pk = {facet: {item.pk: item for item in items.values()} for facet, items in taxonomy_names().items()}
    classification = {facet: [] for facet in RELATIONS}
    for facet, pk in linked:
        item = by_pk[facet].get(pk)
        if item is not None:
            classification[facet].append(item)
    for _facet, items in classification.items():
        items.sort(key=lambda item: (getattr(item, "number", 0), str(getattr(item, "code", ""))))
    return classification


def related_practices(practice: PracticePage, classification: dict, limit: int = 3) -> QuerySet[PracticePage]:
    """Cases sharing the most process elements and support areas with this one."""
    element_ids = [element.pk for element in classification["element"]]
    area_ids = [area.pk for area in classification["area"]]
    shared = Count("elements", filter=Q(elements__in=element_ids), distinct=True) + Count(
        "support_areas", filter=Q(support_areas__in=area_ids), distinct=True
    )
    queryset = (
        live_public(PracticePage.objects)
        .exclude(pk=practice.pk)
        .annotate(shared=shared)
        .filter(shared__gt=0)
        .order_by("-shared", "pk")
    )
    return queryset.defer(*_deferred())[:limit]


def taxonomy_names() -> dict[str, dict[str, object]]:
    """Every facet value's object, by facet and code, for labels; cached until a taxonomy changes."""

    def compute():
        names = {}
        for facet, model in TAXONOMIES.items():
            code_field = RELATIONS[facet][1]
            names[facet] = {str(getattr(item, code_field)): item for item in model.objects.all()}
        return names

    return cached(TAXONOMY_VERSION, "names", compute=compute)


def search_available() -> bool:
    return is_supported()
