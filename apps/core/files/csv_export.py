"""The portal's spreadsheets: CSV downloads that stream, and text cells that stay text in CSV and XLSX.

CSV rows go to the client as the database yields them, so memory stays flat. Every CSV starts
with a UTF-8 byte-order mark, so a spreadsheet opened on it reads å, ä, ö, ā, č, ē as they are.
"""

import csv
import datetime
import re
import unicodedata

from django.http import StreamingHttpResponse
from django.utils.functional import Promise


class _Echo:
    """csv.writer writes each row here, and the row is handed straight to the response."""

    def write(self, value):
        return value


FORMULA_STARTS = ("=", "+", "-", "@")

# Written first in every CSV: Excel reads the file as UTF-8 only when it starts with it.
BOM = "\ufeff"

# A text a spreadsheet would turn into a number (losing leading zeros, e.g. "007", "1e5").
NUMBER_LIKE = re.compile(r"\s*[-+]?(\d+([.,]\d*)?|[.,]\d+)([eE][-+]?\d+)?%?\s*")


def _is_blank(character: str) -> bool:
    """Whitespace, control, invisible format and unassigned characters, which a spreadsheet may skip."""
    return character.isspace() or unicodedata.category(character)[0] in ("C", "Z")


def formula_lead(text: str) -> str:
    """The character a spreadsheet may read first: after NFKC, past leading blank characters.

    Spreadsheets fold full-width signs (＝ ＋ － ＠) to ASCII and some skip leading spaces,
    tabs and line breaks before a formula, so the check looks where they look.
    """
    folded = unicodedata.normalize("NFKC", text)
    index = 0
    while index < len(folded) and _is_blank(folded[index]):
        index += 1
    return folded[index : index + 1]


def looks_like_formula(text: str) -> bool:
    """Whether a spreadsheet could run this text: its first character, after NFKC and past leading
    whitespace and control characters, is = + - or @, or it starts with a tab or a carriage return."""
    return text[:1] in ("\t", "\r") or formula_lead(text) in FORMULA_STARTS


def spreadsheet_safe(value):
    """A text a spreadsheet could run as a formula is kept as text (a quote before it); a boolean is 1 or 0.

    For CSV only: a CSV cell has no type, so the quote is the only way to say "text". In XLSX a
    text is a string cell with its value unchanged (see `xlsx_cell`).
    """
    if isinstance(value, str) and looks_like_formula(value):
        return f"'{value}"
    if isinstance(value, bool):
        return "1" if value else "0"
    return value


def streamed_csv(header, rows, *, filename: str) -> StreamingHttpResponse:
    """A download of header and then rows (any iterable of sequences), each cell spreadsheet-safe.

    Never stored by a cache: a list may hold what only its reader may see.
    """
    writer = csv.writer(_Echo())

    def lines():
        yield BOM
        yield writer.writerow(header)
        for row in rows:
            yield writer.writerow([spreadsheet_safe(value) for value in row])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def xlsx_cell(sheet, value, *, font=None):
    """A cell of openpyxl's write-only mode holding value as it is: a text is a string cell.

    openpyxl would store a text starting with "=" as a formula; here every text is a string cell
    (data type "s"), and one a spreadsheet would read as a formula or a number carries Excel's
    `quotePrefix` style, which keeps it text when someone edits the cell. The value itself is
    never changed (no quote is added to it, unlike in CSV).
    """
    from openpyxl.cell import WriteOnlyCell

    if isinstance(value, Promise):
        value = str(value)
    cell = WriteOnlyCell(sheet, value=value)
    if isinstance(value, str):
        cell.data_type = "s"
        if looks_like_formula(value) or NUMBER_LIKE.fullmatch(value):
            cell.quotePrefix = True
    if font is not None:
        cell.font = font
    return cell


def escape_admin_exports() -> None:
    """The admin listings' CSV and XLSX downloads (Wagtail's `list_export`) follow the same rules.

    Every index view of a snippet or model viewset, and Wagtail's own reports, export through
    `SpreadsheetExportMixin`; its methods are wrapped here once, for all of them: a CSV starts with
    the byte-order mark, says it is UTF-8 and quotes formulas; an XLSX writes text as string cells
    with `quotePrefix` where needed, its value unchanged.
    """
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    mixin = SpreadsheetExportMixin
    if getattr(mixin.preprocess_field_value, "spreadsheet_safe", False):
        return
    original_preprocess = mixin.preprocess_field_value
    original_stream = mixin.stream_csv
    original_response = mixin.write_csv_response

    def preprocess_field_value(self, field, value, export_format):
        result = original_preprocess(self, field, value, export_format)
        if export_format == self.FORMAT_CSV and isinstance(result, str):
            return spreadsheet_safe(result)
        return result

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for field, value in row_dict.items():
            cell = xlsx_cell(worksheet, self.preprocess_field_value(field, value, self.FORMAT_XLSX))
            if date_format and isinstance(value, datetime.datetime):
                cell.number_format = date_format
            yield cell

    def stream_csv(self, queryset):
        yield BOM
        yield from original_stream(self, queryset)

    def write_csv_response(self, queryset):
        response = original_response(self, queryset)
        response["Content-Type"] = "text/csv; charset=utf-8"
        return response

    preprocess_field_value.spreadsheet_safe = True
    mixin.preprocess_field_value = preprocess_field_value
    mixin.generate_xlsx_row = generate_xlsx_row
    mixin.stream_csv = stream_csv
    mixin.write_csv_response = write_csv_response
