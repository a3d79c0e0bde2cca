"""CSV downloads that stream: rows go to the client as the database yields them, so memory stays flat."""

import csv

from django.http import StreamingHttpResponse


class _Echo:
    """csv.writer writes each row here, and the row is handed straight to the response."""

    def write(self, value):
        return value


def spreadsheet_safe(value):
    """A text a spreadsheet would run as a formula (=, +, -, @) is kept as text; a boolean is 1 or 0."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
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
