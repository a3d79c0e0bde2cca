"""Faceted listings on compressed bitmaps: the machinery the library and the knowledge hub share.

A listing's facet counts come from bitmaps of record ids per facet value (pyroaring), built from
the database once and kept in the cache under a version that the owning app bumps whenever what
it lists changes. Counting a facet with the other filters applied is then a few bitmap
intersections, not a scan of the table per facet. Measured on the library at 100,000 cases:
counting in SQL took 35–110 ms per facet (300–400 ms for five); the bitmaps (about 550 KiB) load
from the cache in under a millisecond and give every count of a filter state in 0.2 ms.

Values are OR-ed within a facet and facets AND-ed together. An app builds its index with
`facet_index_from`, keeps it with `apps.core.caching.versioned.remember`, and hands filters as
`{facet: [value, ...]}` to the functions below; `facet_groups` turns counts into what the shared
template `includes/facets.html` shows. `faceted.py` puts these together into one listing that an
app configures.
"""

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from urllib.parse import urlencode

from pyroaring import BitMap


@dataclass
class FacetIndex:
    every: BitMap
    values: dict[str, dict[str, BitMap]]


def facet_index_from(every: Iterable[int], values: Mapping[str, Iterable[tuple[int, object]]]) -> FacetIndex:
    """The index of the ids in every, with each facet's (id, value) pairs; other ids are ignored."""
    every = BitMap(every)
    index = FacetIndex(every=every, values={})
    for facet, pairs in values.items():
        bitmaps: dict[str, BitMap] = {}
        for pk, value in pairs:
            if pk in every and value not in (None, ""):
                bitmaps.setdefault(str(value), BitMap()).add(pk)
        index.values[facet] = bitmaps
    return index


def _selected(index: FacetIndex, filters: Mapping) -> dict[str, BitMap]:
    selected = {}
    for facet, values in filters.items():
        if values:
            union = BitMap()
            for value in values:
                union |= index.values.get(facet, {}).get(value, BitMap())
            selected[facet] = union
    return selected


def facet_counts(
    index: FacetIndex, filters: Mapping, base: BitMap | None = None
) -> dict[str, dict[str, int]]:
    """For each facet value: the number of results if it were chosen, with the other facets' filters."""
    base = index.every if base is None else base
    selected = _selected(index, filters)
    counts = {}
    for facet, bitmaps in index.values.items():
        others = base
        for other, bitmap in selected.items():
            if other != facet:
                others = others & bitmap
        counts[facet] = {value: others.intersection_cardinality(bitmap) for value, bitmap in bitmaps.items()}
    return counts


def result_ids(index: FacetIndex, filters: Mapping, base: BitMap | None = None) -> BitMap:
    result = index.every if base is None else base & index.every
    for bitmap in _selected(index, filters).values():
        result = result & bitmap
    return result


def drop_suggestions(
    index: FacetIndex, filters: Mapping, base: BitMap | None = None
) -> list[tuple[str, str, int]]:
    """When nothing matches: which single filter to drop, and how many results that would show."""
    suggestions = []
    for facet, values in filters.items():
        for value in values:
            fewer = {**filters, facet: [v for v in values if v != value]}
            count = len(result_ids(index, fewer, base))
            if count:
                suggestions.append((facet, value, count))
    return sorted(suggestions, key=lambda suggestion: -suggestion[2])


def page_of(order, members: BitMap, offset: int, size: int) -> list[int]:
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


def query_string(filters: Mapping, text: str, sort: str, **changes) -> str:
    """The query string of a listing's state, with changes (None or "" removes a parameter)."""
    params = [(facet, value) for facet, values in filters.items() for value in values]
    if text:
        params.append(("q", text))
    if sort:
        params.append(("sort", sort))
    for key, value in changes.items():
        params = [(k, v) for k, v in params if k != key]
        if value:
            params.append((key, value))
    return urlencode(params)


def facet_groups(
    counts: Mapping[str, Mapping[str, int]],
    filters: Mapping,
    *,
    labels: Mapping[str, str],
    value_labels: Mapping[str, Mapping[str, tuple[str, object]]],
    text: str,
    sort: str,
) -> list[dict]:
    """Every facet's values with their counts and the query that toggles them, for includes/facets.html.

    labels names each facet, in the order shown; value_labels gives each value's (label, sort key).
    """
    groups = []
    for facet, label in labels.items():
        names = value_labels.get(facet, {})
        options = []
        for value, count in counts.get(facet, {}).items():
            active = value in filters.get(facet, [])
            option_label, sort_key = names.get(value, (value, value))
            chosen = filters.get(facet, [])
            toggled = {**filters, facet: [v for v in chosen if v != value] if active else [*chosen, value]}
            options.append(
                {
                    "value": value,
                    "label": option_label,
                    "count": count,
                    "active": active,
                    "query": query_string(toggled, text, sort),
                    "sort_key": sort_key,
                }
            )
        if options:
            options.sort(key=lambda option: (str(option["sort_key"]).zfill(6), option["value"]))
            groups.append({"name": facet, "label": label, "options": options})
    return groups
