"""Reads of WP4: the countries' thematic areas and the knowledge hub's listing.

The hub lists tools and methods as the kernel's faceted listing (apps/core/listings/faceted.py),
as the library lists its cases: the index and every cached read are keyed by a version that any
change of a hub item bumps (signals.py).
"""

from array import array

from django.conf import settings
from django.db.models import F, Prefetch, Q, TextField, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils.translation import gettext_lazy

from apps.core.caching.versioned import PAGES, RESTRICTIONS, bump, cached, remember, version
from apps.core.listings.faceted import FacetedListing, Listing
from apps.core.listings.facets import FacetIndex, facet_index_from
from apps.core.listings.textsearch import SearchTable, headline, is_supported
from apps.vocabulary.facets import term_facet_labels
from apps.vocabulary.models import COUNTRIES

from .models import HubItem, ThematicArea, ThematicSelection

HUB_VERSION = "capacity-hub"
PAGE_SIZE = 20
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


HUB = FacetedListing(
    labels={
        **term_facet_labels("area", "element"),
        "language": gettext_lazy("Language"),
        "country": gettext_lazy("Country of origin"),
    },
    value_labels=facet_value_labels,
    index=hub_index,
    table=TABLE,
    order=hub_order,
    cards=hub_cards,
    # Read when a page is asked for, never bound here: tests change them on this module.
    ranked=lambda: RANKED,
    per_page=lambda: PAGE_SIZE,
)
FACETS = HUB.facets
# What the hub's address may carry (the page cache keys on them).
QUERY_PARAMETERS = HUB.query_parameters


def hub_listing(*, filters: dict, text: str, sort: str, page: int, language: str) -> Listing:
    """A page of the hub: the filtered, searched and sorted items with their facet counts."""
    return HUB.page(filters=filters, text=text, sort=sort, page=page, language=language)


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
