"""No text the portal writes into a CSV or XLSX can start a formula, however it is disguised.

Spreadsheets fold full-width signs (＝ ＋ － ＠) to ASCII and skip leading spaces, tabs and line
breaks, so the check looks past both; the cell is then kept as text by a leading quote.
"""

import csv
import io
import unicodedata

import pytest
from hypothesis import given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from django.urls import reverse

from apps.core.files.csv_export import FORMULA_STARTS, spreadsheet_safe
from apps.reports.generators.documents import write_csv, write_xlsx
from tests.strategies.factories import ActionItemFactory
from tests.users.factories import UserFactory


def _blank(character: str) -> bool:
    return character.isspace() or unicodedata.category(character)[0] in ("C", "Z")


def _as_read(text: str) -> str:
    """What a spreadsheet may see first: NFKC-folded, leading whitespace and controls gone."""
    folded = unicodedata.normalize("NFKC", text)
    while folded and _blank(folded[0]):
        folded = folded[1:]
    return folded


DISGUISED = [
    "＝HYPERLINK(1)",
    "＋1",
    "－1",
    "＠SUM(A1)",
    " =1+1",
    "\t=1+1",
    "\r=1+1",
    "\n=1+1",
    "\n\r\t =cmd",
    "\u3000＝1",  # an ideographic space, then a full-width sign
    "\u200b=1",  # a zero-width space
    "﹦1",  # the small equals sign
]

# Any text, with the signs, their full-width and small forms and blanks in front made likely.
LEADS = st.sampled_from(
    [
        "=",
        "+",
        "-",
        "@",
        "＝",
        "＋",
        "－",
        "＠",
        "﹦",
        "﹢",
        "﹣",
        "﹫",
        " ",
        "\t",
        "\r",
        "\n",
        "\u3000",
        "\u200b",
        "'",
    ]
)
TEXTS = st.builds(lambda lead, rest: "".join(lead) + rest, st.lists(LEADS, max_size=4), st.text(max_size=12))


@pytest.mark.parametrize("text", DISGUISED)
def test_a_disguised_formula_is_quoted(text):
    assert spreadsheet_safe(text) == f"'{text}"


@pytest.mark.parametrize("text", ["Riga", "Malmö – Riga", "1 = 1", "a@b.se", "", "'=kept", "５"])
def test_ordinary_text_passes_unchanged(text):
    assert spreadsheet_safe(text) == text


@hypothesis_settings(max_examples=300, deadline=None)
@given(TEXTS)
def test_no_cell_starts_a_formula_unless_quoted(text):
    cell = spreadsheet_safe(text)
    assert cell.startswith("'") or _as_read(cell)[:1] not in FORMULA_STARTS
    # Quoting adds one quote and changes nothing else.
    assert cell in (text, f"'{text}")


def test_the_reports_csv_and_xlsx_quote_disguised_formulas(tmp_path):
    from openpyxl import load_workbook

    rows = [[text] for text in DISGUISED]
    write_csv(tmp_path / "report.csv", ["value"], rows)
    with open(tmp_path / "report.csv", encoding="utf-8-sig", newline="") as file:
        written = [row[0] for row in csv.reader(file)][1:]
    assert written == [f"'{text}" for text in DISGUISED]

    # In XLSX the text stays as it is, in a string cell with quotePrefix: never a formula.
    write_xlsx(tmp_path / "report.xlsx", [("Sheet", ["value"], rows)])
    sheet = load_workbook(tmp_path / "report.xlsx").active
    cells = [cell for (cell,) in sheet.iter_rows(min_row=2)]
    # (XML reads a carriage return as a line feed: the one change a text cell's value may see.)
    assert [cell.value for cell in cells] == [text.replace("\r", "\n") for text in DISGUISED]
    assert all(cell.data_type == "s" and cell.quotePrefix for cell in cells)


@pytest.mark.django_db
def test_the_mapping_comparison_csv_quotes_a_disguised_criterion_name(client):
    from apps.mapping.selectors import criteria_of, current_grid

    criterion = criteria_of(current_grid()).first()
    type(criterion).objects.filter(pk=criterion.pk).update(name_en="＝HYPERLINK(1)")
    response = client.get(reverse("mapping:comparison_csv"))
    names = {row[3] for row in csv.reader(io.StringIO(response.content.decode()))}
    assert "'＝HYPERLINK(1)" in names and "＝HYPERLINK(1)" not in names


@pytest.mark.django_db
@pytest.mark.parametrize("export", ["csv", "xlsx"])
def test_the_admin_listing_downloads_quote_disguised_formulas(client, export):
    from openpyxl import load_workbook

    client.force_login(UserFactory(superuser=True))
    ActionItemFactory(plan__strategy__country="SE", title=" ＝HYPERLINK(1)")
    response = client.get(reverse("wagtailsnippets_strategies_actionitem:list"), {"export": export})
    content = b"".join(response.streaming_content) if response.streaming else response.content
    if export == "csv":
        rows = list(csv.reader(io.StringIO(content.decode("utf-8-sig"))))
        assert rows[1][1] == "' ＝HYPERLINK(1)"
    else:
        cell = list(load_workbook(io.BytesIO(content)).active.iter_rows())[1][1]
        assert (cell.value, cell.data_type, cell.quotePrefix) == (" ＝HYPERLINK(1)", "s", True)
