"""The streamed CSV every list download uses: cells a spreadsheet would run stay text."""

import csv
import io

from apps.core.files.csv_export import spreadsheet_safe, streamed_csv


def test_formulas_stay_text_and_other_values_pass():
    assert spreadsheet_safe("=HYPERLINK(1)") == "'=HYPERLINK(1)"
    assert (
        spreadsheet_safe("+1") == "'+1"
        and spreadsheet_safe("-1") == "'-1"
        and spreadsheet_safe("@x") == "'@x"
    )
    assert spreadsheet_safe("Riga") == "Riga" and spreadsheet_safe(7) == 7
    assert spreadsheet_safe(True) == "1" and spreadsheet_safe(False) == "0"


def test_rows_stream_after_the_header_and_are_never_cached():
    produced = []

    def rows():
        for n in range(3):
            produced.append(n)
            yield [f"=cell {n}", n]

    response = streamed_csv(["name", "number"], rows(), filename="list.csv")
    assert produced == []  # nothing is read before the response is
    assert response["Content-Disposition"] == 'attachment; filename="list.csv"'
    assert "no-store" in response["Cache-Control"]
    body = b"".join(response.streaming_content)
    assert body.startswith(b"\xef\xbb\xbf")  # the byte-order mark: Excel then reads it as UTF-8
    assert response["Content-Type"] == "text/csv; charset=utf-8"
    table = list(csv.reader(io.StringIO(body.decode("utf-8-sig"))))
    assert table == [["name", "number"], ["'=cell 0", "0"], ["'=cell 1", "1"], ["'=cell 2", "2"]]


def test_an_xlsx_text_is_a_string_cell_with_its_value_unchanged(tmp_path):
    """In XLSX a cell has a type: a text stays as it is, kept from running by its type and quotePrefix."""
    from openpyxl import Workbook, load_workbook

    from apps.core.files.csv_export import xlsx_cell

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("Sheet")
    texts = ["=HYPERLINK(1)", "+46 70 123 45 67", "0012", "Rīga", 7]
    sheet.append([xlsx_cell(sheet, value) for value in texts])
    workbook.save(tmp_path / "cells.xlsx")
    cells = next(load_workbook(tmp_path / "cells.xlsx").active.iter_rows())
    assert [cell.value for cell in cells] == texts
    assert [cell.data_type for cell in cells] == ["s", "s", "s", "s", "n"]
    assert [bool(cell.quotePrefix) for cell in cells] == [True, True, True, False, False]
