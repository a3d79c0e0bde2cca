"""The map of the four countries on the library and its country pages, and a country's regions."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.db import connection
from django.db.models import Count
from django.test.utils import CaptureQueriesContext

from apps.practices import selectors
from apps.practices.models import CountryPage, PracticeIndexPage, PracticePage
from apps.practices.selectors import practice_list
from apps.practices.selectors.map import map_shapes, map_steps, region_counts
from apps.vocabulary.models import COUNTRIES
from apps.vocabulary.nuts import NUTS2, NUTS2_NAMES
from tests.helpers import element, html_of, url_in
from tests.practices.factories import PracticePageFactory

from .helpers import facet_count

pytestmark = pytest.mark.django_db

CODES = [code for code, _name in COUNTRIES]
# The map's width on a 390 px wide phone: the page's 1 rem margins and the map's border taken off.
PHONE_MAP_WIDTH = 390 - 2 * 16 - 2


def library(language: str = "en") -> str:
    return url_in(PracticeIndexPage.objects.get(), language)


def overview(country: str, language: str = "en") -> str:
    return url_in(CountryPage.objects.get(country=country), language)


def map_table(response) -> dict[str, int]:
    """The map's table: each country's name and its count."""
    rows = element(response, "#practice-map-table tbody").select("tr")
    return {row.th.get_text(strip=True): int(row.td.get_text(strip=True)) for row in rows}


def map_links(response) -> dict[str, str]:
    """Each country of the SVG and the address it links to."""
    links = html_of(response).select("svg.practice-map__links a")
    return {link["data-country"]: link["href"] for link in links}


def orm_country_counts(filters: dict) -> dict[str, int]:
    """Each country's cases as the country facet counts them: with every filter but the country's."""
    others = {facet: values for facet, values in filters.items() if facet != "country"}
    return {code: practice_list(filters={**others, "country": [code]}).count() for code in CODES}


def query_of(filters: dict) -> str:
    return "&".join(f"{facet}={value}" for facet, values in filters.items() for value in values)


FILTER_STATES = [
    {},
    {"element": ["4"]},
    {"country": ["SE"]},
    {"area": ["scaling"], "element": ["1"]},
    {"country": ["LV", "ES"], "area": ["knowledge"]},
]


@pytest.mark.parametrize("filters", FILTER_STATES)
def test_the_maps_counts_are_the_country_facets_and_the_orms(client, filters):
    response = client.get(f"{library()}?{query_of(filters)}")
    names = dict(COUNTRIES)
    expected = orm_country_counts(filters)
    shown = map_table(response)
    assert shown == {str(names[code]): count for code, count in expected.items()}
    for name, count in shown.items():
        assert facet_count(response, name) == count
    facet = response.context["listing"].counts["country"]
    assert facet == {code: count for code, count in expected.items() if code in facet}


def test_the_maps_counts_follow_a_search_as_the_facet_does(client):
    response = client.get(f"{library()}?q=innovation&element=4")
    shown = map_table(response)
    assert sum(shown.values()) > 0
    for name, count in shown.items():
        assert facet_count(response, name) == count
    note = element(response, ".practice-map").get_text()
    assert "the cases that match your search and your other filters" in note


ELEMENTS = [str(number) for number in range(1, 6)]
AREAS = ["scaling", "catalytic", "knowledge", "advisory", "arenas"]


@settings(max_examples=15, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    filters=st.fixed_dictionaries(
        {},
        optional={
            "country": st.lists(st.sampled_from(CODES), min_size=1, max_size=2, unique=True),
            "element": st.lists(st.sampled_from(ELEMENTS), min_size=1, max_size=2, unique=True),
            "area": st.lists(st.sampled_from(AREAS), min_size=1, max_size=2, unique=True),
        },
    )
)
def test_for_any_filters_the_map_counts_what_the_orm_counts(client, filters):
    response = client.get(f"{library()}?{query_of(filters)}")
    names = dict(COUNTRIES)
    expected = orm_country_counts(filters)
    assert map_table(response) == {str(names[code]): count for code, count in expected.items()}


def test_the_svg_is_an_image_named_and_described_in_the_readers_language(client):
    html = html_of(client.get(library("sv")))
    svg = element(html, "svg.practice-map__svg")
    assert svg["role"] == "img"
    title = element(svg, "#" + svg["aria-labelledby"])
    assert title.name == "title" and title.get_text() == "Karta över exemplen per land"
    described = svg["aria-describedby"].split()
    assert element(svg, f"#{described[0]}").name == "desc"
    assert "Frankrike, Lettland, Spanien och Sverige" in element(svg, f"#{described[0]}").get_text()
    table = element(html, f"#{described[1]}")
    assert table.name == "table"
    assert [th.get_text() for th in table.thead.select("th")] == ["Land", "Exempel"]
    # Links inside an image are not announced: they lie over it in a hidden SVG, out of the tab
    # order, and keyboards and screen readers take the same links in the table.
    assert svg.select("a") == []
    links = element(html, "svg.practice-map__links")
    assert links["aria-hidden"] == "true"
    assert [link["tabindex"] for link in links.select("a")] == ["-1"] * 4


@pytest.mark.parametrize("language", ["en", "lv", "fr"])
def test_each_country_links_to_its_overview_on_the_map_and_in_the_table(client, language):
    response = client.get(library(language))
    assert map_links(response) == {code: overview(code, language) for code in CODES}
    table_links = [a["href"] for a in element(response, "#practice-map-table").select("a")]
    assert sorted(table_links) == sorted(overview(code, language) for code in CODES)


def test_a_country_page_shows_the_map_with_itself_current(client):
    html = html_of(client.get(overview("LV")))
    current = html.select('svg.practice-map__links a[aria-current="page"]')
    assert [link["data-country"] for link in current] == ["LV"]
    assert element(html, '#practice-map-table a[aria-current="page"]')["href"] == overview("LV")
    counts = {code: PracticePage.objects.live().filter(country=code).count() for code in CODES}
    assert map_table(html) == {str(name): counts[code] for code, name in COUNTRIES}
    # A pointer's tooltip names the country and its count.
    tooltip = element(html, 'svg.practice-map__links a[data-country="LV"] > title').get_text()
    assert tooltip == f"Latvia: {counts['LV']} cases"


def test_every_country_is_a_target_of_at_least_24_pixels_on_a_phone():
    shapes = map_shapes()
    scale = PHONE_MAP_WIDTH / shapes["viewBox"][2]
    for code, shape in shapes["countries"].items():
        _x, _y, width, height = shape.get("hit") or shape["box"]
        assert min(width, height) * scale >= 24, code
    # Latvia is the small one: its hit area is larger than its shape.
    assert shapes["countries"]["LV"]["hit"][3] > shapes["countries"]["LV"]["box"][3]


def test_the_legend_covers_every_count_and_gives_the_most_the_darkest_shade():
    for maximum in [0, 1, 2, 3, 4, 5, 7, 14, 35, 100_000]:
        steps = map_steps(maximum)
        if maximum < 1000:
            covered = [count for step in steps for count in range(step.low, step.high + 1)]
            assert covered == list(range(maximum + 1)), maximum
        assert steps[0].shade == 0 and steps[0].label == "No cases"
        if maximum:
            assert steps[-1].high == maximum and steps[-1].shade == 4
            assert [step.shade for step in steps] == sorted({step.shade for step in steps})


@pytest.fixture
def regional():
    """Swedish cases in three regions and one without, and a Spanish one."""
    for region in ["SE11", "SE11", "SE23", "SE33", ""]:
        PracticePageFactory(country="SE", region=region)
    PracticePageFactory(country="ES", region="ES30")


def region_rows(response) -> list[tuple[str, str, int]]:
    rows = element(response, ".region-counts__table tbody").select("tr")
    return [
        (row.th.span.get_text(), row.th.select_one(".meta").get_text(), int(row.td.get_text()))
        for row in rows
    ]


def test_a_country_page_shows_the_counts_of_its_regions_with_cases(client, regional):
    response = client.get(overview("SE"))
    assert region_rows(response) == [
        ("Stockholm", "SE11", 2),
        ("Västsverige", "SE23", 1),
        ("Övre Norrland", "SE33", 1),
    ]
    names = element(response, ".region-counts__table tbody").select("th > span[lang]")
    assert {span["lang"] for span in names} == {"sv"}
    assert element(client.get(overview("ES")), ".region-counts__table tbody").get_text().split() == [
        "Comunidad",
        "de",
        "Madrid",
        "ES30",
        "1",
    ]


def test_a_regions_name_is_not_marked_in_its_own_language(client, regional):
    html = html_of(client.get(overview("SE", "sv")))
    assert html.select(".region-counts__table span[lang]") == []


def test_region_counts_equal_a_grouped_orm_count(regional):
    for country in CODES:
        listing = selectors.practice_listing(
            filters={"country": [country]}, text="", sort="newest", page=1, language="en"
        )
        expected = dict(
            PracticePage.objects.live()
            .filter(country=country)
            .exclude(region="")
            .order_by()
            .values_list("region")
            .annotate(n=Count("pk"))
        )
        assert {region.code: region.count for region in region_counts(country, listing.counts)} == expected


def test_a_country_without_regional_cases_shows_no_region_table(client):
    assert html_of(client.get(overview("FR"))).select(".region-counts") == []


def test_every_nuts2_region_has_its_official_name():
    assert set(NUTS2_NAMES) == {code for codes in NUTS2.values() for code in codes}
    assert NUTS2_NAMES["SE11"] == "Stockholm" and NUTS2_NAMES["ES30"] == "Comunidad de Madrid"
    assert NUTS2_NAMES["FR10"] == "Ile-de-France" and NUTS2_NAMES["LV00"] == "Latvija"


def queries(client, path: str) -> int:
    client.get(path)  # the first request after a change rebuilds the cached bitmaps and addresses
    with CaptureQueriesContext(connection) as context:
        assert client.get(path).status_code == 200
    return len(context.captured_queries)


def test_the_map_and_the_regions_cost_no_query_per_country_or_region(client, django_assert_max_num_queries):
    paths = [library(), f"{library()}?element=4&area=scaling", overview("SE"), overview("ES")]
    before = {path: queries(client, path) for path in paths}
    for region in [*NUTS2["SE"], *NUTS2["ES"]]:
        PracticePageFactory(country=region[:2], region=region)
    after = {path: queries(client, path) for path in paths}
    assert after == before
    for path in paths:
        client.get(path)
        with django_assert_max_num_queries(12):
            client.get(path)
