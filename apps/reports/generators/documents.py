"""The three kinds of file a report is written as: PDF, XLSX and CSV.

Every writer takes the path of a temporary file and fills it; the service stores it only once it
is complete, so a report killed halfway leaves nothing behind but its temporary directory.
"""

import csv
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from django.conf import settings
from django.template.loader import render_to_string
from django.utils.safestring import mark_safe

from apps.core.files.csv_export import spreadsheet_safe, xlsx_cell

Progress = Callable[[float], None]

# openpyxl keeps a sheet's title to 31 characters; Excel refuses a longer one.
SHEET_TITLE_LENGTH = 31

# Tagged PDF (PDF/UA-1): a structure tree a screen reader follows, the document's language and
# title (shown by the reader's window instead of the file name), alternative text for charts.
PDF_VARIANT = "pdf/ua-1"


def render_pdf(template: str, context: dict, path: Path, progress: Progress, start: float = 50) -> None:
    """The template rendered to HTML and laid out by WeasyPrint: progress runs from start to 100.

    WeasyPrint reports no progress of its own, so the two long steps (layout, writing) are the
    steps of the bar.
    """
    from weasyprint import HTML

    html = render_to_string(template, context)
    progress(start)
    document = HTML(string=html, base_url=str(settings.BASE_DIR)).render(pdf_variant=PDF_VARIANT)
    progress(start + (100 - start) * 0.7)
    document.write_pdf(path, pdf_variant=PDF_VARIANT, finisher=describe_links)
    progress(100)


def link_description(element) -> str:
    """What a link says to someone who cannot see it: its title, else its text."""
    return element.get("title") or " ".join("".join(element.itertext()).split())


def describe_links(document, pdf) -> None:
    """Every link annotation is described by its link's text (a case's title in the contents).

    WeasyPrint writes the link's target as its description (e.g. "case-12"); a screen reader reads
    that description out, so it is replaced by what the link says.
    """
    import pydyf

    for page in document.pages:
        for _type, _target, _rectangle, box in page.links:
            annotation = getattr(box, "link_annotation", None)
            description = link_description(box.element) if box.element is not None else ""
            if annotation is not None and description:
                annotation["Contents"] = pydyf.String(description)


def svg(template: str, context: dict) -> str:
    """A chart drawn on the server from a plain SVG template, for inline use in a document."""
    return mark_safe(render_to_string(template, context))  # noqa: S308 - our own template, autoescaped


def write_xlsx(path: Path, sheets: Iterable[tuple[str, Sequence[str], Iterable[Sequence]]]) -> None:
    """A workbook of sheets (title, header, rows), in openpyxl's write-only mode.

    Write-only mode streams each row to a temporary file as it is appended, so memory stays flat
    however many rows there are; rows may be any iterable, e.g. a database iterator. Every text is
    a string cell holding the text as it is (`xlsx_cell`): an id with leading zeros stays text.
    """
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    bold = Font(bold=True)
    for title, header, rows in sheets:
        sheet = workbook.create_sheet(title=str(title)[:SHEET_TITLE_LENGTH])
        sheet.append([xlsx_cell(sheet, str(name), font=bold) for name in header])
        for row in rows:
            sheet.append([xlsx_cell(sheet, value) for value in row])
    workbook.save(path)


def write_csv(path: Path, header: Sequence[str], rows: Iterable[Sequence]) -> None:
    """A UTF-8 CSV (with a byte-order mark, so spreadsheets read its letters), every cell spreadsheet-safe."""
    with open(path, "w", newline="", encoding="utf-8-sig") as file:
        writer = csv.writer(file)
        writer.writerow([str(name) for name in header])
        for row in rows:
            writer.writerow([spreadsheet_safe(value) for value in row])
