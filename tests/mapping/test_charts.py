"""The comparison chart of the mapping pages in every language: SVG a parser reads, numbers a reader reads."""

import pytest
from bs4 import BeautifulSoup

from apps.mapping import charts
from apps.mapping.models import MappingIndexPage
from tests.helpers import url_in
from tests.reports.helpers import SVG_NS, parsed_svg, svgs_in, view_box_width, visible_numbers_in

pytestmark = pytest.mark.django_db

LANGUAGES = ["sv", "lv", "es", "fr", "en"]


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_comparison_chart_is_valid_svg_in_every_language(client, scored, language):
    html = client.get(url_in(MappingIndexPage.objects.get(), language)).content.decode()
    (chart,) = svgs_in(html)
    root = parsed_svg(chart)
    width = view_box_width(root)
    soup = BeautifulSoup(html, "html.parser")
    countries = [th.get_text(strip=True) for th in soup.select("#comparison-table thead th")][1:]
    legend = [
        element.text
        for element in root.iter(f"{SVG_NS}text")
        if element.get("class") == "comparison-chart__legend"
    ]
    assert legend == countries, "every country in the legend"
    criteria = [row.th.get_text(" ", strip=True) for row in soup.select("#comparison-table tbody tr")]
    groups = [group for group in root.iter(f"{SVG_NS}g") if group.get("class") == "comparison-chart__group"]
    assert len(groups) == len(criteria)
    for group, criterion in zip(groups, criteria, strict=True):
        label = group.find(f"{SVG_NS}text[@class='comparison-chart__label']")
        lines = [tspan.text for tspan in label]
        assert " ".join(lines) == " ".join(criterion.split()), "the whole name, wrapped, not cut"
        assert group.find(f"{SVG_NS}title").text == criterion
        for line in lines:
            assert charts.text_width(line, float(label.get("font-size"))) <= width
    # The means a reader sees are written as the table writes them; the data stays data.
    shown = visible_numbers_in(root, language)
    assert ("1,5" if language != "en" else "1.5") in shown
    cells = soup.select("#comparison-table td")
    for number in shown:
        assert any(cell.get_text(strip=True).startswith(number) for cell in cells)
    assert {cell["data-mean"] for cell in cells} >= {"1.5", "5.0", ""}
    bars = BeautifulSoup(chart, "html.parser").select("rect[data-mean]")
    assert {bar["data-mean"] for bar in bars} >= {"1.5", "5.0", ""}


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_comparison_table_scrolls_in_a_labelled_region_with_a_hint(client, scored, language):
    soup = BeautifulSoup(client.get(url_in(MappingIndexPage.objects.get(), language)).content, "html.parser")
    region = soup.select_one(".table-scroll:has(#comparison-table)")
    assert region["tabindex"] == "0" and region["role"] == "region"
    assert soup.select_one(f"#{region['aria-labelledby']}").get_text(strip=True)
    assert soup.select_one(f"#{region['aria-describedby']}").get_text(strip=True)
