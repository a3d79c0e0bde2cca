"""Reads of the best-practice library: listings, facet counts and search.

Facet counts come from compressed bitmaps of case ids per facet value (pyroaring), built from
the database once and kept in the cache under a version that every publish, unpublish, move or
delete of a case bumps (see signals.py). Counting a facet with the other filters applied is
then a few bitmap intersections, not a scan of the case table per facet; STACK.md has the
figures that led here.
"""

import hashlib
import itertools
import math
from array import array
from dataclasses import dataclass, field

from pyroaring import BitMap

from django.conf import settings
from django.db import connection
from django.db.models import CharField, Exists, OuterRef, QuerySet, Value
from django.db.models.functions import Coalesce
from django.utils import translation

from apps.core.cache import PAGES, RESTRICTIONS, bump, cached, remember, version
from apps.core.selectors import live_public
from apps.vocabulary.models import COUNTRIES, Approach, ProcessElement, SupportArea, TargetGroup, Theme

from .models import PracticePage
from .search import (
    PhraseQuery,
    headline_sql,
    is_supported,
    parsed_query,
    query_matches,
    query_tree,
    ranked_among,
    search_filter,
    word_matches,
)

PAGE_SIZE = 20
FACETS = ("country", "element", "approach", "area", "theme", "target")
SORTS = ("relevance", "newest", "title")
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


@dataclass
class PracticeCard:
    """What a listing shows of a case: plain values, no page object to build."""

    pk: int
    url: str
    title: str
    summary: str
    translated: bool
    original_language: str
    country: str
    country_name: str
    organisation: str
    is_demo: bool
    elements: list
    headline: str | None = None
    title_headline: str | None = None


def library_url(language: str) -> str:
    """The library's URL in language; cases live right below it, so their URLs follow from it."""
    from .models import PracticeIndexPage

    def compute():
        index = PracticeIndexPage.objects.first()
        return index.get_url() if index else ""

    return cached(PAGES, "library-url", language, compute=compute)


def practice_cards(ids: list[int], *, language: str, text: str = "") -> list[PracticeCard]:
    """Cards for ids, in that order, in language: one query whatever the number of cases.

    A Wagtail page object costs about a millisecond to build (every StreamField and rich text
    field in five languages); a card needs a handful of columns, read as plain values with
    one SQL statement, and its process elements come from the facet bitmaps. The column names
    come from settings.LANGUAGES, never from input.
    """
    if not ids:
        return []
    default = settings.LANGUAGE_CODE
    columns = [
        "practice.page_ptr_id",
        "practice.country",
        "practice.organisation",
        "practice.original_language",
        "practice.is_demo",
        f"page.title_{language}",
        f"page.title_{default}",
        f"page.slug_{language}",
        f"page.slug_{default}",
        *(f"practice.summary_{code}" for code, _ in settings.LANGUAGES),
    ]
    params: list = []
    if text and is_supported():
        headline_columns, params = headline_sql(text, language)
        columns += headline_columns
    placeholders = ", ".join(["%s"] * len(ids))
    sql = (
        f"SELECT {', '.join(columns)} FROM practices_practicepage AS practice "  # noqa: S608
        "JOIN wagtailcore_page AS page ON page.id = practice.page_ptr_id "
        f"WHERE practice.page_ptr_id IN ({placeholders})"
    )
    with connection.cursor() as cursor:
        cursor.execute(sql, [*params, *ids])
        rows = {row[0]: row for row in cursor.fetchall()}
    index = facet_index()
    elements = taxonomy_names()["element"]
    base_url = library_url(language)
    country_names = dict(COUNTRIES)
    summary_at = {code: 9 + position for position, (code, _) in enumerate(settings.LANGUAGES)}
    cards = []
    for pk in ids:
        row = rows.get(pk)
        if row is None:
            continue
        _pk, country, organisation, original, is_demo, title, default_title, slug, default_slug = row[:9]
        translated = bool(row[summary_at[language]])
        shown = language if translated else original
        headline, title_headline = (row[-2], row[-1]) if len(row) > 9 + len(summary_at) else (None, None)
        cards.append(
            PracticeCard(
                pk=pk,
                url=f"{base_url}{slug or default_slug}/",
                title=title or default_title,
                summary=row[summary_at[shown]] or "",
                translated=translated,
                original_language=original,
                country=country,
                country_name=str(country_names.get(country, country)),
                organisation=organisation,
                is_demo=bool(is_demo),
                elements=[
                    element
                    for number, element in sorted(elements.items(), key=lambda item: int(item[0]))
                    if pk in index.values["element"].get(number, ())
                ],
                headline=headline,
                title_headline=title_headline,
            )
        )
    return cards


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
    return remember(f"practices:facets:{_facet_version()}", facet_index_build)


def facet_index_invalidate() -> None:
    bump(FACETS_VERSION)


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


def _facet_version() -> str:
    # A view restriction hides cases from listings as much as an unpublish does.
    return f"{version(FACETS_VERSION)}.{version(RESTRICTIONS)}"


def practice_order(sort: str, language: str) -> array:
    """Every listed case's id in the order of sort ("newest" or "title"), cached like the facets."""

    def compute():
        queryset = live_public(PracticePage.objects)
        ordered = _ordered(queryset, sort, language).values_list("pk", flat=True)
        return array("I", ordered)

    key = f"practices:order:{_facet_version()}:{sort}:{language if sort == 'title' else ''}"
    return remember(key, compute)


# A query's matches are kept briefly, as a compressed bitmap: pages of one search reuse them,
# and nothing about a query outlives a few minutes. Word bitmaps live longer, like the facets.
MATCH_SECONDS = 120
WORD_SECONDS = 60 * 60
# The newest this many results of a search are ranked by relevance; older ones follow by date.
RANKED = 500


def search_match(text: str, language: str) -> BitMap:
    """The ids of the cases matching text in language, unranked.

    Built from a bitmap per word of the query, so a combination nobody asked before costs a few
    bitmap operations once its words have been seen; a phrase is matched by the index itself.
    """

    def compute():
        if not is_supported():
            matching = search_filter(PracticePage.objects.all(), text, language)
            return BitMap(matching.values_list("pk", flat=True))
        tsquery = parsed_query(text, language)
        try:
            tree = query_tree(tsquery)
        except PhraseQuery:
            return BitMap(query_matches(text, language))
        return _evaluate(tree, language) if tree else BitMap()

    digest = hashlib.sha256(" ".join(text.lower().split()).encode()).hexdigest()[:24]
    return remember(f"practices:match:{_facet_version()}:{language}:{digest}", compute, timeout=MATCH_SECONDS)


def _evaluate(tree, language: str) -> BitMap:
    kind = tree[0]
    if kind == "word":
        word = tree[1]
        digest = hashlib.sha256(word.encode()).hexdigest()[:24]
        key = f"practices:word:{_facet_version()}:{language}:{digest}"
        return remember(key, lambda: BitMap(word_matches(word, language)), timeout=WORD_SECONDS)
    if kind == "not":
        return facet_index().every - _evaluate(tree[1], language)
    left, right = _evaluate(tree[1], language), _evaluate(tree[2], language)
    return left & right if kind == "and" else left | right


def ranked_page(text: str, language: str, result: BitMap, *, offset: int, size: int) -> list[int]:
    """The ids of result at offset..offset+size by relevance, ranking a bounded set.

    Ranking every match of a broad query costs a read of every matching vector; the newest
    RANKED results are ranked instead, and older ones follow newest first: the first 25 pages
    of any search are in order of relevance, at the same cost whatever the query.
    """
    order = practice_order("newest", language)
    if not is_supported() or offset >= RANKED:
        return _page_of(order, result, offset, size)
    candidates = list(result) if len(result) <= RANKED else _page_of(order, result, 0, RANKED)
    return ranked_among(candidates, text, language, offset=offset, size=size)


def _page_of(order: array, members: BitMap, offset: int, size: int) -> list[int]:
    """The ids at offset..offset+size of order that are members, scanning no further than needed."""
    if len(members) == len(order):
        return list(order[offset : offset + size])
    found = []
    seen = 0
    for pk in order:
        if pk in members:
            if seen >= offset:
                found.append(pk)
                if len(found) == size:
                    break
            seen += 1
    return found


def practice_listing(*, filters: dict, text: str, sort: str, page: int, language: str) -> Listing:
    index = facet_index()
    base = search_match(text, language) & index.every if text else None
    counts = facet_counts(index, filters, base)
    result = result_ids(index, filters, base)
    total = len(result)
    pages = max(1, math.ceil(total / PAGE_SIZE))
    page = min(max(1, page), pages)
    offset = (page - 1) * PAGE_SIZE
    if text and sort == "relevance":
        ids = ranked_page(text, language, result, offset=offset, size=PAGE_SIZE)
    else:
        order = practice_order("newest" if sort == "relevance" else sort, language)
        ids = _page_of(order, result, offset, PAGE_SIZE)
    cards = practice_cards(ids, language=language, text=text)
    listing = Listing(practices=cards, total=total, page=page, pages=pages, counts=counts)
    if total == 0:
        listing.suggestions = drop_suggestions(index, filters, base)
        if text and not base:
            listing.other_languages = _other_language_matches(index, filters, text, language)
    return listing


def _ordered(queryset: QuerySet, sort: str, language: str) -> QuerySet:
    if sort == "relevance":
        return queryset.order_by("-rank", "-first_published_at", "-pk")
    if sort == "title":
        return queryset.order_by(Coalesce(f"title_{language}", "title").asc(), "pk")
    return queryset.order_by("-first_published_at", "-pk")


def _other_language_matches(index: FacetIndex, filters: dict, text: str, language: str) -> list:
    """Cases that match the words in another language, offered when the reader's language has none."""
    matches = []
    for code, _name in settings.LANGUAGES:
        if code == language:
            continue
        result = result_ids(index, filters, search_match(text, code) & index.every)
        ids = ranked_page(text, code, result, offset=0, size=5)
        if ids:
            matches.append((code, practice_cards(ids, language=code, text=text)))
    return matches


def practice_classification(practice: PracticePage) -> dict[str, list]:
    """The case's elements, approaches, areas, themes and target groups.

    The ids come from the five link tables in a single UNION, remembered until the library
    changes; the objects from the cached taxonomies, so a case page does not pay a query per
    taxonomy.
    """
    key = f"practices:classification:{_facet_version()}:{practice.pk}"
    linked = remember(key, lambda: _classification_ids(practice.pk))
    by_pk = {facet: {item.pk: item for item in items.values()} for facet, items in taxonomy_names().items()}
    classification = {facet: [] for facet in RELATIONS}
    for facet, pk in linked:
        item = by_pk[facet].get(pk)
        if item is not None:
            classification[facet].append(item)
    for _facet, items in classification.items():
        items.sort(key=lambda item: (getattr(item, "number", 0), str(getattr(item, "code", ""))))
    return classification


def _classification_ids(practice_pk: int) -> list[tuple[str, int]]:
    queries = []
    for facet, (relation, _code_field) in RELATIONS.items():
        through = getattr(PracticePage, relation).through
        queries.append(
            through.objects.filter(practicepage_id=practice_pk)
            .annotate(facet=Value(facet, output_field=CharField()))
            .values_list("facet", f"{_target_field(through)}_id")
        )
    return list(queries[0].union(*queries[1:], all=True))


def related_practices(practice: PracticePage, classification: dict, limit: int = 3) -> list[PracticeCard]:
    language = translation.get_language()
    key = f"practices:related:{_facet_version()}:{version(PAGES)}:{language}:{practice.pk}"
    return remember(key, lambda: _related_practices(practice, classification, language, limit))


def _related_practices(practice: PracticePage, classification: dict, language: str, limit: int) -> list:
    """Cases sharing the most process elements and support areas with this one.

    Scored on the cached facet bitmaps, not by joining and counting over every case: among cases
    sharing as many elements and areas, those of the same country come first, then the oldest.
    """
    index = facet_index()
    bitmaps = [index.values["element"].get(str(item.number), BitMap()) for item in classification["element"]]
    bitmaps += [index.values["area"].get(item.code, BitMap()) for item in classification["area"]]
    bitmaps = bitmaps[:6]  # bounds the combinations to score; no case is classified wider than this
    same_country = index.values["country"].get(practice.country, BitMap())
    chosen: list[int] = []
    for size in range(len(bitmaps), 0, -1):
        level = BitMap()
        for combination in itertools.combinations(bitmaps, size):
            level |= BitMap.intersection(*combination) if size > 1 else combination[0]
        level.discard(practice.pk)
        level -= BitMap(chosen)
        for candidates in (level & same_country, level - same_country):
            chosen.extend(list(itertools.islice(candidates, limit - len(chosen))))
        if len(chosen) >= limit:
            break
    return practice_cards(chosen, language=language)


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
