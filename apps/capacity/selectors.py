"""Reads of WP4: the countries' thematic areas and the knowledge hub's listing.

The hub lists tools and methods with the kernel's bitmap facets (apps/core/listings/facets.py) and
per-language search (apps/core/listings/textsearch.py), the machinery the library uses: the index and
every cached read are keyed by a version that any change of a hub item bumps (signals.py).
"""

from array import array
from dataclasses import dataclass, field

from pyroaring import BitMap

from django.conf import settings
from django.core.paginator import Page
from django.db.models import F, Prefetch, Q, TextField, Value
from django.db.models.functions import Coalesce, NullIf

from apps.core.caching.versioned import PAGES, RESTRICTIONS, bump, cached, remember, version
from apps.core.listings.facets import (
    FacetIndex,
    drop_suggestions,
    facet_counts,
    facet_index_from,
    page_of,
    result_ids,
)
from apps.core.listings.pagination import counted_page_of
from apps.core.listings.textsearch import SearchTable, headline, is_supported
from apps.vocabulary.models import COUNTRIES

from .models import HubItem, ThematicArea, ThematicSelection

FACETS = ("area", "element", "language", "country")
HUB_VERSION = "capacity-hub"
PAGE_SIZE = 20
SORTS = ("relevance", "newest", "title")
# The newest this many results of a search are ranked by relevance; older ones follow by date.
RANKED = 200
WEIGHTS = (("item.title_{lang}", "A"), ("item.description_{lang}", "B"))


def hub_version() -> str:
    return f"{version(HUB_VERSION)}.{version(RESTRICTIONS)}"


def hub_invalidate() -> None:
    bump(HUB_VERSION)
    bump(PAGES)


def _listed():
    return HubItem.objects.filter(is_public=True)


def hub_index_build() -> FacetIndex:
    listed = _listed()
    return facet_index_from(
        listed.values_list("pk", flat=True),
        {
            "area": listed.values_list("pk", "support_area__code"),
            "element": listed.values_list("pk", "element__number"),
            "language": listed.values_list("pk", "language"),
            "country": listed.values_list("pk", "country"),
        },
    )


def hub_index() -> FacetIndex:
    return remember(f"capacity:hub:{hub_version()}", hub_index_build)


def _fallback_match(text: str, language: str) -> list[int]:
    match = Q(**{f"title_{language}__icontains": text}) | Q(**{f"description_{language}__icontains": text})
    return list(_listed().filter(match).values_list("pk", flat=True))


TABLE = SearchTable(
    name="capacity_hubitem",
    key="id",
    prefix="capacity",
    version=hub_version,
    every=lambda: hub_index().every,
    fallback=_fallback_match,
)


def search_vectors_refresh(*, ids=None) -> None:
    TABLE.refresh(WEIGHTS, alias="item", ids=ids)


def hub_order(sort: str, language: str) -> array:
    """Every listed item's id in the order of sort ("newest" or "title"), cached like the facets."""

    def compute():
        if sort == "title":
            ordered = _listed().order_by(Coalesce(f"title_{language}", "title").asc(), "pk")
        else:
            ordered = _listed().order_by("-created", "-pk")
        return array("I", ordered.values_list("pk", flat=True))

    key = f"capacity:order:{hub_version()}:{sort}:{language if sort == 'title' else ''}"
    return remember(key, compute)


def _ranked_page(text: str, language: str, result: BitMap, *, offset: int, size: int) -> list[int]:
    order = hub_order("newest", language)
    if not is_supported() or offset >= RANKED:
        return page_of(order, result, offset, size)
    candidates = list(result) if len(result) <= RANKED else page_of(order, result, 0, RANKED)
    return TABLE.ranked_among(candidates, text, language, offset=offset, size=size)


@dataclass
class HubListing:
    items: list
    total: int
    page_obj: Page
    counts: dict[str, dict[str, int]]
    suggestions: list = field(default_factory=list)


def hub_listing(*, filters: dict, text: str, sort: str, page: int, language: str) -> HubListing:
    """A page of the hub: the filtered, searched and sorted items with their facet counts."""
    index = hub_index()
    base = TABLE.match(text, language) & index.every if text else None
    result = result_ids(index, filters, base)
    total = len(result)

    def fetch(offset: int, size: int) -> list:
        if text and sort == "relevance":
            ids = _ranked_page(text, language, result, offset=offset, size=size)
        else:
            order = hub_order("newest" if sort == "relevance" else sort, language)
            ids = page_of(order, result, offset, size)
        return hub_cards(ids, language=language, text=text)

    page_obj = counted_page_of(total, fetch, page, PAGE_SIZE)
    listing = HubListing(
        items=page_obj.object_list,
        total=total,
        page_obj=page_obj,
        counts=facet_counts(index, filters, base),
    )
    if total == 0:
        listing.suggestions = drop_suggestions(index, filters, base)
    return listing


def _translated(column: str, fallback: str) -> Coalesce:
    """A translated column, or the default language's where it is empty."""
    return Coalesce(NullIf(column, Value("")), fallback, output_field=TextField())


def hub_cards(ids: list[int], *, language: str, text: str = "") -> list[dict]:
    """The items of ids in that order, in one query, with the matches of text marked."""
    if not ids:
        return []
    fields = {
        "pk": "pk",
        "slug": "slug",
        "kind": "kind",
        "name": _translated(f"title_{language}", "title_en"),
        "text": _translated(f"description_{language}", "description_en"),
        "area_name": _translated(f"support_area__name_{language}", "support_area__name_en"),
        "element_number": "element__number",
        "element_name": _translated(f"element__name_{language}", "element__name_en"),
        "language": "language",
        "country": "country",
        "link": "link",
        "is_demo": "is_demo",
    }
    plain = [name for name, value in fields.items() if value == name]
    expressions = {
        name: F(value) if isinstance(value, str) else value for name, value in fields.items() if value != name
    }
    queryset = HubItem.objects.filter(pk__in=ids)
    if text and is_supported():
        expressions["headline"] = headline(
            f"description_{language}", text, language, max_words=40, min_words=20
        )
        expressions["title_headline"] = headline(f"title_{language}", text, language, highlight_all=True)
    rows = {row["pk"]: row for row in queryset.values(*plain, **expressions)}
    # The labels are lazy: translated once here, not once per card.
    kinds = {code: str(label) for code, label in HubItem.Kind.choices}
    languages = {code: str(name) for code, name in settings.LANGUAGES}
    countries = {code: str(name) for code, name in COUNTRIES}
    cards = []
    for pk in ids:
        row = rows.get(pk)
        if row is None:
            continue
        row["kind_label"] = kinds.get(row["kind"], row["kind"])
        row["language_label"] = languages.get(row["language"], row["language"])
        row["country_label"] = countries.get(row["country"], row["country"])
        cards.append(row)
    return cards


def hub_item_public(slug: str) -> HubItem | None:
    return _listed().select_related("support_area", "element", "document").filter(slug=slug).first()


def facet_value_labels() -> dict[str, dict[str, tuple[str, object]]]:
    """Each facet value's label and sort key in the active language; cached until pages change."""
    from django.utils import translation

    from apps.vocabulary.models import ProcessElement, SupportArea

    def compute():
        return {
            "area": {area.code: (area.name, area.number) for area in SupportArea.objects.all()},
            "element": {
                str(element.number): (f"{element.number}. {element.name}", element.number)
                for element in ProcessElement.objects.all()
            },
            "language": {code: (str(name), str(name)) for code, name in settings.LANGUAGES},
            "country": {code: (str(name), str(name)) for code, name in COUNTRIES},
        }

    return cached(PAGES, "hub-facet-labels", translation.get_language(), compute=compute)


def thematic_selections(*, countries=None) -> list[ThematicSelection]:
    """The public selections of thematic areas with their areas and themes, in two queries."""
    selections = ThematicSelection.objects.filter(is_public=True).prefetch_related(
        Prefetch("areas", queryset=ThematicArea.objects.select_related("theme").order_by("position"))
    )
    if countries:
        selections = selections.filter(country__in=countries)
    return list(selections)


def hub_page_url(request=None) -> str | None:
    """Where the hub is read, for links from other pages: the live hub page, if any."""
    from apps.core.selectors import live_public

    from .models import KnowledgeHubPage

    page = live_public(KnowledgeHubPage.objects.all()).first()
    return page.get_url(request) if page is not None else None


def sitemap_records():
    """Every public tool's or method's slug and last change, for the sitemap."""
    return _listed().order_by("pk").values_list("slug", "updated")
