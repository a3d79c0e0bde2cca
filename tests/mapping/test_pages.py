"""The public results: the comparison against a hand computation, its CSV and chart, the country pages."""

import csv
import io
from decimal import Decimal

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from apps.mapping import services
from apps.mapping.charts import BAR_WIDTH
from apps.mapping.models import MappingCountryPage, MappingIndexPage
from apps.mapping.selectors import criteria_of, current_grid
from tests.helpers import url_in
from tests.mapping.factories import MappingEntryFactory, ReviewerFactory
from tests.partners.factories import OrganisationFactory, PartnerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def scored(scored):
    """The approved assessments of the mapping's conftest, and one Latvian assessment still in review."""
    pending = MappingEntryFactory(
        user=scored.partner_lv, organisation=scored.latvia, kind="assessment", country="LV", scores=[5] * 10
    )
    services.entry_transition(entry=pending, user=scored.partner_lv, action="submit")
    return scored


def test_the_comparison_equals_a_hand_computation(client, scored):
    response = client.get(url_in(MappingIndexPage.objects.get(), "en"))
    soup = BeautifulSoup(response.content, "html.parser")
    table = soup.select_one("#comparison-table")
    headers = [th.get_text(strip=True) for th in table.select("thead th")][1:]
    assert headers == ["Spain", "France", "Latvia", "Sweden"] or len(headers) == 4
    by_country = dict(zip(headers, range(4), strict=True))
    rows = {row["data-criterion"]: row.select("td") for row in table.select("tbody tr")}
    first, last = rows["element-1"], rows["area-" + criteria_of(current_grid()).last().key.split("-", 1)[1]]
    # Latvia: (1 + 2) / 2 = 1.5 on the first criterion, (1 + 4) / 2 = 2.5 on the last; Spain 5.0.
    assert first[by_country["Latvia"]]["data-mean"] == "1.5"
    assert first[by_country["Latvia"]]["data-count"] == "2"
    assert last[by_country["Latvia"]]["data-mean"] == "2.5"
    assert first[by_country["Spain"]]["data-mean"] == "5.0"
    assert first[by_country["France"]]["data-count"] == "0"


def test_the_csv_equals_the_table(client, scored):
    response = client.get(reverse("mapping:comparison_csv"))
    assert response["Content-Type"].startswith("text/csv")
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert len(rows) == 1 + 10 * 4
    data = {(row[0], row[2]): (row[4], int(row[5])) for row in rows[1:]}
    assert data[("LV", "element-1")] == ("1.5", 2)
    assert data[("LV", "element-3")] == ("2.5", 2)  # (3 + 2) / 2
    assert data[("ES", "element-1")] == ("5.0", 1)
    assert data[("FR", "element-1")] == ("", 0)


def test_the_charts_bars_match_the_table(client, scored):
    response = client.get(url_in(MappingIndexPage.objects.get(), "en"))
    soup = BeautifulSoup(response.content, "html.parser")
    svg = soup.select_one("svg.comparison-chart")
    assert svg["aria-describedby"] == "comparison-table"
    cells = {
        (row["data-criterion"], index): cell["data-mean"]
        for row in soup.select("#comparison-table tbody tr")
        for index, cell in enumerate(row.select("td"))
    }
    codes = [th.get_text(strip=True) for th in soup.select("#comparison-table thead th")][1:]
    bars = svg.select("rect[data-country]")
    assert len(bars) == 40
    countries = [bar["data-country"] for bar in bars[:4]]
    for bar in bars:
        mean = cells[(bar["data-criterion"], countries.index(bar["data-country"]))]
        expected = 0 if mean == "" else float(Decimal(mean)) / 5 * BAR_WIDTH
        assert float(bar["width"]) == pytest.approx(expected, abs=0.1)
    assert len(codes) == 4


def test_a_country_page_shows_only_approved_entries(client, scored):
    page = MappingCountryPage.objects.get(country="LV")
    response = client.get(url_in(page, "lv"))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    entries = soup.select("article.mapping-entry")
    assert len(entries) == 2
    assert "Spain now" not in response.content.decode()


def test_an_approval_shows_at_once_on_cached_pages(client, page_cache, django_capture_on_commit_callbacks):
    staff = ReviewerFactory()
    org = OrganisationFactory(country="FR")
    partner = PartnerFactory(organisation=org)
    page = MappingCountryPage.objects.get(country="FR")
    assert "Observatoire" not in client.get(url_in(page, "fr")).content.decode()
    with django_capture_on_commit_callbacks(execute=True):
        MappingEntryFactory(
            user=partner, organisation=org, approved_by=staff, country="FR", title="Observatoire régional"
        )
    assert "Observatoire régional" in client.get(url_in(page, "fr")).content.decode()


@pytest.mark.parametrize("language", ["sv", "lv", "es", "fr", "en"])
def test_the_pages_exist_in_every_language_and_in_the_menu(client, language):
    index = MappingIndexPage.objects.get()
    response = client.get(url_in(index, language))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    assert url_in(index, language) in [a["href"] for a in soup.select(".main-nav a")]
    assert len(soup.select("#countries-heading + ul a")) == 4


def test_queries_do_not_grow_with_the_entries(client, django_assert_max_num_queries):
    from apps.mapping.demo import demo_entries_create

    index = MappingIndexPage.objects.get()
    country = MappingCountryPage.objects.get(country="SE")
    demo_entries_create(count=20)
    from apps.core.caching import versioned as cache

    for size in (20, 200):
        if size == 200:
            demo_entries_create(count=180)
        cache.forget_local()
        from apps.core.caching.versioned import PAGES
        from apps.mapping.selectors import MAPPING

        cache.bump(MAPPING)
        cache.bump(PAGES)
        for page in (index, country):
            client.get(url_in(page, "en"))
            with django_assert_max_num_queries(6):
                assert client.get(url_in(page, "en")).status_code == 200
