"""Every chart of the PDFs, drawn in every language: SVG a parser reads, numbers a reader reads.

The documents' HTML is rendered as the generators hand it to WeasyPrint (the layout step itself
is left out: it adds time, not charts). Widths are measured with the font the documents use.
"""

import re
from types import SimpleNamespace

import pytest
from PIL import ImageFont

from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext

from apps.mapping.demo import demo_entries_create
from apps.reports.generators import annual, charts, mapping, strategies
from apps.reports.models import Format
from apps.strategies.demo import demo_strategies_create
from tests.practices.factories import PracticePageFactory

from .helpers import SVG_NS, parsed_svg, svgs_in, view_box_width, visible_numbers_in

pytestmark = pytest.mark.django_db

LANGUAGES = ["sv", "lv", "es", "fr", "en"]
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"


def width_of(text: str, size: float) -> float:
    return ImageFont.truetype(FONT, round(size)).getlength(text)


@pytest.fixture
def data():
    demo_entries_create(count=12)
    demo_strategies_create(items_per_plan=3)
    PracticePageFactory(country="SE", title="A case of this year")


def documents(monkeypatch, tmp_path, language) -> dict[str, str]:
    """Each PDF report's HTML, by kind, as written in language."""
    written = {}

    def capture(kind):
        def render_pdf(template, context, path, progress, start=50):
            written[kind] = render_to_string(template, context)

        return render_pdf

    for kind, module in (("annual", annual), ("mapping", mapping), ("strategies", strategies)):
        monkeypatch.setattr(module, "render_pdf", capture(kind))
    parameters = {"annual": {"year": timezone.localdate().year}, "mapping": {}, "strategies": {}}
    with translation.override(language):
        for kind, module in (("annual", annual), ("mapping", mapping), ("strategies", strategies)):
            report = SimpleNamespace(format=Format.PDF, parameters=parameters[kind], language=language)
            module.write(report, tmp_path / f"{kind}.pdf", lambda percent: None)
    return written


def check_chart(text: str, language: str, series: list[str]) -> None:
    root = parsed_svg(text)
    width = view_box_width(root)
    legend = [
        element for element in root.find(f"{SVG_NS}g[@class='legend']") if element.tag == f"{SVG_NS}text"
    ]
    assert [element.text for element in legend] == series, "every entry of the legend, in order"
    for element in legend:
        right = float(element.get("x")) + width_of(element.text, float(element.get("font-size")))
        assert right <= width, f"the legend's “{element.text}” is cut at {width} (ends at {right:.0f})"
    for group in root.iter(f"{SVG_NS}g"):
        if group.get("class") != "group":
            continue
        label = group.find(f"{SVG_NS}text[@class='label']")
        lines = [tspan.text or "" for tspan in label]
        assert " ".join(lines) == " ".join(group.find(f"{SVG_NS}title").text.split()), "the whole label"
        for line in lines:
            assert width_of(line, float(label.get("font-size"))) <= charts.LABEL_WIDTH, line
    visible_numbers_in(root, language)


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_report_chart_is_valid_svg_with_its_whole_legend(monkeypatch, tmp_path, data, language):
    written = documents(monkeypatch, tmp_path, language)
    with translation.override(language):
        kinds = ("Cases added", "Entries approved", "Projects supported", "Events held")
        annual_series = [gettext(name) for name in kinds]
        countries = [country["name"] for country in mapping.comparison()["countries"]]
        plan_series = [gettext("Done"), gettext("All items")]
    (annual_chart,) = svgs_in(written["annual"])
    check_chart(annual_chart, language, annual_series)
    (mapping_chart,) = svgs_in(written["mapping"])
    check_chart(mapping_chart, language, countries)
    strategy_charts = svgs_in(written["strategies"])
    assert len(strategy_charts) == 4, "a chart for each country's plans"
    for text in strategy_charts:
        check_chart(text, language, plan_series)


@pytest.mark.parametrize("language", ["lv", "fr", "en"])
def test_the_mapping_reports_chart_writes_means_as_its_table_does(monkeypatch, tmp_path, data, language):
    html = documents(monkeypatch, tmp_path, language)["mapping"]
    shown = visible_numbers_in(parsed_svg(svgs_in(html)[0]), language)
    assert shown, "the chart shows its means"
    table = html.split("<table>", 1)[1]
    for number in shown:
        assert number in table


def test_the_latvian_mapping_pdf_draws_its_bars(tmp_path, data):
    """WeasyPrint draws every bar with a score: a rectangle for each in the page's drawing operators."""
    from pypdf import PdfReader

    path = tmp_path / "mapping.pdf"
    with translation.override("lv"):
        scored = sum(cell.mean is not None for row in mapping.comparison()["rows"] for cell in row["cells"])
        mapping.write(SimpleNamespace(format=Format.PDF, parameters={}, language="lv"), path, lambda p: None)
    assert scored > 0
    operators = " ".join(page.get_contents().get_data().decode("latin-1") for page in PdfReader(path).pages)
    rectangles = len(re.findall(r"\sre\b", operators))
    assert rectangles >= 4 + scored, "the legend's four squares and a bar for every mean"
