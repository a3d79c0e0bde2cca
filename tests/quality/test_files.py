"""Every CSV, XLSX and PDF the portal writes, read by readers nobody on the project wrote.

- CSV: every download (public, staff, reports, the admin listings' and Wagtail's own reports'
  exports) starts with a UTF-8 byte-order mark, validates with frictionless, keeps its letters
  (Malmö, Rīga) and its ids with leading zeros, and quotes every cell a spreadsheet would run.
- XLSX: every workbook opens in a second reader (python-calamine) with the values openpyxl reads;
  text is a string cell with its value unchanged, `quotePrefix` where it looks like a formula.
- PDF: every kind of report is tagged (PDF/UA-1: a structure tree, marked, a language, a title
  shown instead of the file name), its fonts embedded, its charts and links described.

A failure names the file (its source) and the cell or property.
"""

import contextlib
import datetime
import io
from decimal import Decimal
from pathlib import Path

import pytest
from frictionless import Resource
from openpyxl import load_workbook
from pypdf import PdfReader
from python_calamine import CalamineWorkbook

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.urls import reverse
from django.utils import translation

from wagtail.admin.views.mixins import SpreadsheetExportMixin
from wagtail.snippets.models import get_snippet_models

from apps.core.files.csv_export import FORMULA_STARTS, formula_lead
from apps.mapping.demo import demo_entries_create
from apps.projects.demo import demo_projects_create
from apps.projects.models import EsfProject
from apps.reports import tasks
from apps.reports.models import ReportRequest, Status
from apps.reports.services import report_order
from apps.strategies.demo import demo_strategies_create
from apps.vocabulary.models import COUNTRIES
from tests.helpers import run_task
from tests.projects.helpers import register_url
from tests.reports.helpers import pdf_fonts

try:
    from zeal import zeal_ignore as demo_data
except ImportError:  # pragma: no cover - without the N+1 checker
    demo_data = contextlib.nullcontext

pytestmark = pytest.mark.django_db

BOM = b"\xef\xbb\xbf"
# A live formula a spreadsheet would run, with letters only UTF-8 keeps.
HOSTILE = '=HYPERLINK("https://x.invalid","Rīga")'
LEADING_ZEROS = "0000000042"


def runs(text: str) -> bool:
    """Whether a spreadsheet would run this text as a formula (how the portal's own check looks)."""
    return text[:1] in ("\t", "\r") or formula_lead(text) in FORMULA_STARTS


def _body(response) -> bytes:
    assert response.status_code == 200, response.status_code
    return b"".join(response.streaming_content) if response.streaming else response.content


# CSV ---------------------------------------------------------------------------------------


def check_csv(source: str, body: bytes, *, must_hold=(HOSTILE,)) -> list[list[str]]:
    """The CSV is valid for frictionless, starts with the BOM and runs no formula: its rows."""
    assert body.startswith(BOM), f"{source}: no UTF-8 byte-order mark"
    resource = Resource(body, format="csv")
    report = resource.validate()
    assert report.valid, f"{source}: {report.flatten(['rowNumber', 'fieldNumber', 'type', 'note'])}"
    assert resource.encoding == "utf-8-sig", f"{source}: read as {resource.encoding}"
    import csv

    rows = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    for number, row in enumerate(rows, start=1):
        for column, cell in enumerate(row, start=1):
            unquoted = not cell.startswith("'") and runs(cell)
            assert not unquoted, f"{source}: row {number}, column {column} runs as a formula: {cell!r}"
    cells = {cell for row in rows for cell in row}
    for text in must_hold:
        expected = f"'{text}" if runs(text) else text
        assert expected in cells, f"{source}: {expected!r} is not written as it should be"
    return rows


# Where the portal writes CSV, and the test here that reads it: a new CSV is added to both.
CSV_WRITERS = {
    "apps/mapping/views.py": "test_the_public_csvs",
    "apps/projects/views.py": "test_the_public_csvs",
    "apps/activities/admin_views.py": "test_the_participants_csv",
    "apps/reports/generators/register.py": "test_the_register_report_csv",
    # The staff's API hands back the reports' own files, the open data writes through streamed_csv.
    "apps/api/staff/views.py": "test_the_register_report_csv",
    "apps/opendata/views.py": "test_the_open_data_csvs",
    "apps/opendata/metadata.py": "test_the_open_data_csvs",
}


def test_the_harness_reads_every_csv_the_portal_writes():
    root = Path(__file__).resolve().parents[2]
    writers = set()
    for path in (root / "apps").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        relative = path.relative_to(root).as_posix()
        # The two shared writers themselves: every CSV is written through one of them.
        if relative in ("apps/core/files/csv_export.py", "apps/reports/generators/documents.py"):
            continue
        if any(mark in text for mark in ("text/csv", "csv.writer(", "streamed_csv(", "write_csv(")):
            writers.add(relative)
    assert writers == set(CSV_WRITERS), "a CSV the harness does not read: add it to CSV_WRITERS and a test"
    assert all(name in globals() for name in CSV_WRITERS.values())


@pytest.fixture
def content():
    """Projects, mapping entries and strategies, each with a hostile text where people type text."""
    with demo_data():
        demo_projects_create(3, engagements_each=2)
        demo_entries_create(count=4)
        demo_strategies_create(items_per_plan=1)
    project = EsfProject.objects.order_by("pk").last()
    with translation.override("en"):
        EsfProject.objects.filter(pk=project.pk).update(name=HOSTILE, owner_organisation_number=LEADING_ZEROS)
    from apps.mapping.selectors import criteria_of, current_grid

    criterion = criteria_of(current_grid()).first()
    type(criterion).objects.filter(pk=criterion.pk).update(name_en=HOSTILE)
    return project


def test_the_open_data_csvs(client, content):
    projects = check_csv(
        "open-data projects CSV",
        _body(client.get("/api/v1/data/projects.lv.csv")),
        must_hold=(HOSTILE, LEADING_ZEROS),
    )
    assert projects[0][0] == "id", "open-data CSV: the BOM is not part of the first heading"
    for dataset in ("cases", "mapping", "events"):
        check_csv(
            f"open-data {dataset} CSV", _body(client.get(f"/api/v1/data/{dataset}.fr.csv")), must_hold=()
        )


def test_the_public_csvs(client, content):
    body = _body(client.get(reverse("mapping:comparison_csv")))
    check_csv("mapping comparison CSV", body)
    body = _body(client.get(f"{register_url()}csv/"))
    rows = check_csv("register CSV", body, must_hold=(HOSTILE, LEADING_ZEROS))
    assert rows[0][0] == "diary number", "register CSV: the BOM is not part of the first heading"


def test_the_participants_csv(admin_client):
    from apps.activities.demo import demo_activities_create
    from apps.activities.models import Activity, Registration

    with demo_data():
        demo_activities_create(1, registrations_each=2)
    activity = Activity.objects.filter(is_demo=True).get()
    Registration.objects.filter(activity=activity).update(name=HOSTILE, organisation="Malmö stad")
    assert Registration.objects.filter(activity=activity).exists()
    body = _body(admin_client.get(reverse("activities_participants_csv", args=[activity.pk])))
    check_csv("participants CSV", body, must_hold=(HOSTILE, "Malmö stad"))


def _run_report(kind: str, format: str, language: str = "en", **parameters) -> bytes:
    report = report_order(kind=kind, parameters=parameters, language=language, format=format)
    run_task(tasks.report_generate, report.pk)
    status, error, name = ReportRequest.objects.filter(pk=report.pk).values_list("status", "error", "file")[0]
    assert status == Status.DONE, f"{kind} {format} {language}: {error}"
    with ReportRequest._meta.get_field("file").storage.open(name, "rb") as file:
        return file.read()


def test_the_register_report_csv(content):
    body = _run_report("register", "csv")
    check_csv("register report CSV", body, must_hold=(HOSTILE, content.diary_number))


def _export_views():
    """Every admin listing that downloads CSV and XLSX: each snippet's, by its model."""
    views = []
    for model in get_snippet_models():
        viewset = model.snippet_viewset
        if isinstance(viewset.list_export, list | tuple) and viewset.list_export:
            views.append((model, viewset))
    return views


def _text_field(model, list_export):
    """The first exported field people type free text into, long enough for the hostile text."""
    for name in list_export:
        try:
            field = model._meta.get_field(name)
        except FieldDoesNotExist:  # a method or a dotted path, not a field
            continue
        if (
            isinstance(field, models.CharField | models.TextField)
            and not field.choices
            and (field.max_length is None or field.max_length >= len(HOSTILE))
        ):
            return name
    return None


def test_every_admin_listing_export_uses_the_portal_s_spreadsheet_rules():
    """A listing that overrides Wagtail's export methods would bypass the quoting and the BOM."""
    for _model, viewset in _export_views():
        view = viewset.index_view_class
        assert issubclass(view, SpreadsheetExportMixin), view
        for name in ("preprocess_field_value", "generate_xlsx_row", "stream_csv", "write_csv_response"):
            assert getattr(view, name) is getattr(SpreadsheetExportMixin, name), f"{view.__name__}.{name}"
        assert getattr(SpreadsheetExportMixin.preprocess_field_value, "spreadsheet_safe", False)


def test_every_admin_listing_csv_and_xlsx(admin_client, content):
    """Every snippet listing with a download, each with one row holding the hostile text."""
    checked = []
    for model, viewset in _export_views():
        name = _text_field(model, viewset.list_export)
        first = model._default_manager.order_by("pk").first()
        if name is None or first is None:
            continue
        with translation.override("en"):
            model._default_manager.filter(pk=first.pk).update(**{name: HOSTILE})
        url = reverse(viewset.get_url_name("list"))
        source = f"{model._meta.label} admin export"
        # The register's organisation numbers have leading zeros: they stay text.
        must_hold = (HOSTILE, LEADING_ZEROS) if model is EsfProject else (HOSTILE,)
        check_csv(f"{source} (CSV)", _body(admin_client.get(url, {"export": "csv"})), must_hold=must_hold)
        workbook = _body(admin_client.get(url, {"export": "xlsx"}))
        check_xlsx(f"{source} (XLSX)", workbook, must_hold=must_hold)
        checked.append(model._meta.label)
    # Most listings have a free-text column and rows in the real content and demo data.
    assert len(checked) >= 10, checked


def test_wagtail_s_own_reports_export_csv_by_the_same_rules(admin_client):
    from tests.site.factories import home_page

    with demo_data():
        page = home_page()
        page.title = HOSTILE
        page.save_revision(user=None).publish()
    for name in ("wagtailadmin_reports:aging_pages",):
        body = _body(admin_client.get(reverse(name), {"export": "csv"}))
        check_csv(f"{name} (CSV)", body)
        workbook = _body(admin_client.get(reverse(name), {"export": "xlsx"}))
        check_xlsx(f"{name} (XLSX)", workbook, must_hold=(HOSTILE,))


# XLSX --------------------------------------------------------------------------------------


def _same(value):
    """A cell's value as both readers should agree on it."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float | Decimal):
        return float(value)
    if isinstance(value, datetime.datetime):
        return value.replace(microsecond=0)
    if isinstance(value, datetime.date):
        return datetime.datetime.combine(value, datetime.time())
    return value


def check_xlsx(source: str, body: bytes, *, must_hold=(HOSTILE,)) -> dict:
    """openpyxl and python-calamine read the same values; text is a string cell, never a formula."""
    workbook = load_workbook(io.BytesIO(body))
    second = CalamineWorkbook.from_filelike(io.BytesIO(body))
    assert workbook.sheetnames == second.sheet_names, source
    texts = {}
    for sheet in workbook.worksheets:
        theirs = second.get_sheet_by_name(sheet.title).to_python(skip_empty_area=False)
        ours = [[cell.value for cell in row] for row in sheet.iter_rows()]
        width = max((len(row) for row in ours), default=0)
        for number, row in enumerate(ours, start=1):
            other = theirs[number - 1] if number <= len(theirs) else []
            other = list(other) + [""] * (width - len(other))
            for column, value in enumerate(row, start=1):
                assert _same(value) == _same(other[column - 1]), (
                    f"{source}: sheet {sheet.title!r}, row {number}, column {column}: "
                    f"openpyxl {value!r}, calamine {other[column - 1]!r}"
                )
        for row in sheet.iter_rows():
            for cell in row:
                where = f"{source}: sheet {sheet.title!r}, {cell.coordinate}"
                assert cell.data_type != "f", f"{where} is a formula: {cell.value!r}"
                if isinstance(cell.value, str):
                    assert cell.data_type == "s", where
                    if runs(cell.value):
                        assert cell.quotePrefix, f"{where}: {cell.value!r} without quotePrefix"
                    texts[cell.value] = cell
    for text in must_hold:
        assert text in texts, f"{source}: {text!r} is not written unchanged"
        if text.isdigit():
            assert texts[text].quotePrefix, f"{source}: {text!r} would become a number when edited"
        assert not any(value == f"'{text}" for value in texts), f"{source}: a quote was added to {text!r}"
    return texts


def test_every_report_xlsx(content):
    for kind in ("mapping", "strategies", "register"):
        body = _run_report(kind, "xlsx")
        must_hold = (HOSTILE,) if kind != "strategies" else ()
        texts = check_xlsx(f"{kind} report XLSX", body, must_hold=must_hold)
        if kind == "register":
            assert content.diary_number in texts, "register report XLSX: the diary number is not text"


# PDF ---------------------------------------------------------------------------------------

# Every kind of PDF report once, and one in a second language.
PDF_REPORTS = [
    ("compendium", "en", {"country": "SE"}),
    ("compendium", "lv", {"country": "SE"}),
    ("mapping", "sv", {}),
    ("strategies", "fr", {}),
    ("annual", "es", {"year": datetime.date.today().year}),
]


def test_the_pdf_reports_cover_every_kind():
    from apps.reports.generators import GENERATORS

    pdf_kinds = {kind for kind, generator in GENERATORS.items() if "pdf" in generator.formats}
    assert pdf_kinds == {kind for kind, _language, _parameters in PDF_REPORTS}


def _structure(reader: PdfReader):
    """Every structure element of the tagged PDF, depth first."""
    root = reader.trailer["/Root"]["/StructTreeRoot"].get_object()
    pending = [root]
    while pending:
        element = pending.pop()
        kids = element.get("/K")
        if kids is None:
            continue
        kids = kids if isinstance(kids, list) else [kids]
        for kid in kids:
            kid = kid.get_object() if hasattr(kid, "get_object") else kid
            if isinstance(kid, dict) and kid.get("/Type") == "/StructElem":
                yield kid
                pending.append(kid)


@pytest.mark.parametrize(("kind", "language", "parameters"), PDF_REPORTS)
def test_every_pdf_report_is_tagged_with_its_language_title_and_fonts(kind, language, parameters):
    from apps.practices.demo import demo_cases_create

    with demo_data():
        if kind == "compendium":
            demo_cases_create(count=2)
        if kind == "mapping":
            demo_entries_create(count=8)
        if kind == "strategies":
            demo_strategies_create(items_per_plan=1)
    body = _run_report(kind, "pdf", language, **parameters)
    source = f"{kind} report PDF ({language})"
    reader = PdfReader(io.BytesIO(body))
    catalog = reader.trailer["/Root"]
    assert "/StructTreeRoot" in catalog, f"{source}: not tagged"
    assert catalog["/MarkInfo"]["/Marked"] == True, f"{source}: not marked"  # noqa: E712 - a PDF boolean
    assert str(catalog.get("/Lang", "")) == language, f"{source}: /Lang {catalog.get('/Lang')!r}"
    assert catalog["/ViewerPreferences"]["/DisplayDocTitle"] == True, f"{source}: shows its file name"  # noqa: E712
    assert (reader.metadata.title or "").strip(), f"{source}: no title"
    xmp = reader.xmp_metadata
    assert xmp is not None and b"pdfuaid:part" in xmp.stream.get_data(), f"{source}: claims no PDF/UA"
    fonts = pdf_fonts_of(body)
    assert fonts and all(program is not None for program in fonts.values()), f"{source}: fonts {fonts}"
    elements = list(_structure(reader))
    figures = [element for element in elements if element["/S"] == "/Figure"]
    if kind in ("mapping", "annual", "strategies"):
        assert figures, f"{source}: its chart is not a tagged figure"
    with translation.override(language):
        country = str(dict(COUNTRIES)["LV"])
    for figure in figures:
        # The chart in words: its numbers and what they are of, in the report's language.
        alternative = str(figure.get("/Alt", ""))
        assert any(character.isdigit() for character in alternative), (
            f"{source}: a chart's text {alternative!r}"
        )
        if kind != "strategies":
            assert country in alternative, f"{source}: a chart's text {alternative!r} names no country"
    text = " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())
    links = [
        annotation.get_object()
        for page in reader.pages
        for annotation in page.get("/Annots") or []
        if annotation.get_object().get("/Subtype") == "/Link"
    ]
    if kind == "compendium":
        assert links, f"{source}: its contents link to no case"
    for annotation in links:
        # A link is described by what it says (a case's title), not by its target ("case-12").
        description = str(annotation.get("/Contents", ""))
        assert description and description in text and not description.startswith("case-"), (
            f"{source}: a link described as {description!r}"
        )


def pdf_fonts_of(body: bytes):
    import tempfile

    with tempfile.NamedTemporaryFile(suffix=".pdf") as file:
        file.write(body)
        file.flush()
        return pdf_fonts(Path(file.name))
