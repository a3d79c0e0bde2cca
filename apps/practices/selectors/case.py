"""What a case page shows beside the case: its classification and related cases."""

import itertools

from pyroaring import BitMap

from django.db.models import CharField, Value
from django.utils import translation

from apps.core.caching.versioned import PAGES, remember, version

from ..models import PracticePage
from .cards import PracticeCard, practice_cards
from .facets import RELATIONS, facet_index, facet_version, target_field, taxonomy_names


def practice_classification(practice: PracticePage) -> dict[str, list]:
    """The case's elements, approaches, areas, themes and target groups.

    The ids come from the five link tables in a single UNION, remembered until the library
    changes; the objects from the cached taxonomies, so a case page does not pay a query per
    taxonomy.
    """
    key = f"practices:classification:{facet_version()}:{practice.pk}"
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
            .values_list("facet", f"{target_field(through)}_id")
        )
    return list(queries[0].union(*queries[1:], all=True))


def related_practices(practice: PracticePage, classification: dict, limit: int = 3) -> list[PracticeCard]:
    language = translation.get_language()
    key = f"practices:related:{facet_version()}:{version(PAGES)}:{language}:{practice.pk}"
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
