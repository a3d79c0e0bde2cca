"""The streamed CSV every list download uses: cells a spreadsheet would run stay text."""

import csv
import io

from apps.core.csv_export import spreadsheet_safe, streamed_csv


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
    table = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode())))
    assert table == [["name", "number"], ["'=cell 0", "0"], ["'=cell 1", "1"], ["'=cell 2", "2"]]
