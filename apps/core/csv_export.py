"""CSV downloads that stream: rows go to the client as the database yields them, so memory stays flat."""

import csv
import unicodedata

from django.http import StreamingHttpResponse


class _Echo:
    """csv.writer writes each row here, and the row is handed straight to the response."""

    def write(self, value):
        return value


FORMULA_STARTS = ("=", "+", "-", "@")


def _is_blank(character: str) -> bool:
    """Whitespace, control and invisible format characters, which a spreadsheet may skip."""
    return character.isspace() or unicodedata.category(character) in ("Cc", "Cf", "Zs", "Zl", "Zp")


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


def spreadsheet_safe(value):
    """A text a spreadsheet could run as a formula is kept as text (a quote before it); a boolean is 1 or 0.

    A text is quoted when its first character, after NFKC and past leading whitespace and control
    characters, is = + - or @, and also when it starts with a tab or a carriage return.
    """
    if isinstance(value, str) and (value[:1] in ("\t", "\r") or formula_lead(value) in FORMULA_STARTS):
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
        yield writer.writerow(header)
        for row in rows:
            yield writer.writerow([spreadsheet_safe(value) for value in row])

    response = StreamingHttpResponse(lines(), content_type="text/csv; charset=utf-8")
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def escape_admin_exports() -> None:
    """The admin listings' CSV and XLSX downloads (Wagtail's `list_export`) quote formulas too.

    Wagtail writes their cells as they are; every text cell goes through spreadsheet_safe here,
    so all the portal's spreadsheets follow one rule.
    """
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "spreadsheet_safe", False):
        return

    def preprocess_field_value(self, field, value, export_format):
        result = original(self, field, value, export_format)
        return spreadsheet_safe(result) if isinstance(result, str) else result

    preprocess_field_value.spreadsheet_safe = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
