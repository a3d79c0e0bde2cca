"""The map of the library's four countries, and the regions of a country page.

The map draws the shapes of `apps/practices/map/countries.json` (Natural Earth, simplified once,
see the README there), fills each country by its case count and links it to its overview. The
counts are the listing's own country facet (`listing.counts["country"]`): the map asks nothing of
the database for them and always agrees with the filter beside it. A country page's regions are
its listing's region facet, counted the same way.
"""

import json
import math
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from django.utils.translation import gettext

from apps.core.caching.versioned import PAGES, cached
from apps.core.selectors import live_public
from apps.vocabulary.models import COUNTRIES
from apps.vocabulary.nuts import NUTS2, NUTS2_NAMES, name_language

SHAPES = Path(__file__).resolve().parent.parent / "map" / "countries.json"
# How many shades the counts are binned into, besides the one of a country without cases.
STEPS = 4


@dataclass(frozen=True)
class MapStep:
    """A shade of the map and the counts it stands for (low..high; 0..0 for no cases)."""

    shade: int
    low: int
    high: int

    @property
    def label(self) -> str:
        if self.high == 0:
            return gettext("No cases")
        return str(self.low) if self.low == self.high else f"{self.low}–{self.high}"


@dataclass(frozen=True)
class MapCountry:
    code: str
    name: str
    url: str
    count: int
    shade: int
    path: str
    label_x: int
    label_y: int
    hit: tuple[int, int, int, int] | None
    current: bool


@dataclass(frozen=True)
class CountryMap:
    view_box: str
    countries: list[MapCountry]
    steps: list[MapStep]
    inset: dict
    context: str

    @property
    def inset_country(self) -> MapCountry | None:
        return next((country for country in self.countries if country.code == self.inset["country"]), None)


@dataclass(frozen=True)
class RegionCount:
    code: str
    name: str
    language: str
    count: int


@cache
def map_shapes() -> dict:
    """The committed shapes, read once per process."""
    return json.loads(SHAPES.read_text(encoding="utf-8"))


def map_steps(maximum: int) -> list[MapStep]:
    """The legend: no cases, then up to STEPS equal ranges of whole numbers up to maximum.

    With fewer cases than shades each count gets its own, spread over the palette so that the
    darkest always stands for the most.
    """
    steps = [MapStep(shade=0, low=0, high=0)]
    if maximum <= 0:
        return steps
    size = math.ceil(maximum / STEPS)
    bins = math.ceil(maximum / size)
    for number in range(1, bins + 1):
        low = (number - 1) * size + 1
        shade = math.ceil(number * STEPS / bins)
        steps.append(MapStep(shade=shade, low=low, high=min(number * size, maximum)))
    return steps


def _shade(count: int, steps: list[MapStep]) -> int:
    return next(step.shade for step in steps if step.low <= count <= step.high)


def country_overview_urls(request, language: str) -> dict[str, str]:
    """Each country's overview page's address in language, kept until a page changes."""
    from ..models import CountryPage

    return cached(
        PAGES,
        "practices-country-overviews",
        language,
        compute=lambda: {page.country: page.get_url(request) for page in live_public(CountryPage.objects)},
    )


def country_map(counts: Mapping[str, int], *, urls: Mapping[str, str], current: str = "") -> CountryMap:
    """The map for a listing's country counts; current is the country whose page shows it."""
    shapes = map_shapes()
    names = dict(COUNTRIES)
    counts = {code: counts.get(code, 0) for code in shapes["countries"]}
    steps = map_steps(max(counts.values(), default=0))
    countries = []
    for code, shape in shapes["countries"].items():
        hit = shape.get("hit")
        countries.append(
            MapCountry(
                code=code,
                name=str(names.get(code, code)),
                url=urls.get(code, ""),
                count=counts[code],
                shade=_shade(counts[code], steps),
                path=shape["d"],
                label_x=shape["label"][0],
                label_y=shape["label"][1],
                hit=tuple(hit) if hit else None,
                current=code == current,
            )
        )
    countries.sort(key=lambda country: country.name)
    return CountryMap(
        view_box=" ".join(map(str, shapes["viewBox"])),
        countries=countries,
        steps=steps,
        inset=shapes["inset"],
        context=shapes["context"],
    )


def region_counts(country: str, counts: Mapping[str, Mapping[str, int]]) -> list[RegionCount]:
    """The regions of country with cases among a country page's listing, most cases first.

    counts is that listing's facet counts, whose region facet (selectors/facets.py) counts each
    region on the bitmaps within the listing's filters: no query, none per region.
    """
    codes = NUTS2.get(country, ())
    regions = [
        RegionCount(code=code, name=NUTS2_NAMES.get(code, code), language=name_language(code), count=count)
        for code, count in counts.get("region", {}).items()
        if code in codes and count
    ]
    return sorted(regions, key=lambda region: (-region.count, region.name))
