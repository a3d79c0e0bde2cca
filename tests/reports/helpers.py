"""Reading what the reports wrote: a PDF's text and fonts, a spreadsheet's rows, a CSV's."""

import csv
import io
from pathlib import Path

from fontTools.ttLib import TTFont
from openpyxl import load_workbook
from pypdf import PdfReader


def pdf_text(path: Path) -> str:
    """The PDF's text with every run of white space as one space: a heading may wrap anywhere."""
    reader = PdfReader(str(path))
    return " ".join(" ".join(page.extract_text() or "" for page in reader.pages).split())


def pdf_fonts(path: Path) -> dict[str, TTFont | None]:
    """Every font the PDF uses, by name, with its embedded program (None when not embedded)."""
    fonts = {}
    for page in PdfReader(str(path)).pages:
        resources = page.get("/Resources") or {}
        for font in (resources.get("/Font") or {}).values():
            font = font.get_object()
            descendants = font.get("/DescendantFonts")
            described = descendants[0].get_object() if descendants else font
            descriptor = (
                (described.get("/FontDescriptor") or {}).get_object()
                if described.get("/FontDescriptor")
                else {}
            )
            program = descriptor.get("/FontFile2") or descriptor.get("/FontFile3") if descriptor else None
            fonts[str(font["/BaseFont"])] = (
                TTFont(io.BytesIO(program.get_object().get_data())) if program is not None else None
            )
    return fonts


def xlsx_sheets(path: Path) -> dict[str, list[tuple]]:
    workbook = load_workbook(path, read_only=True)
    sheets = {sheet.title: list(sheet.iter_rows(values_only=True)) for sheet in workbook.worksheets}
    workbook.close()
    return sheets


def csv_rows(path: Path) -> list[list[str]]:
    with open(path, encoding="utf-8-sig", newline="") as file:
        return list(csv.reader(file))
