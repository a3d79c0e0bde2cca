"""Reading what the reports wrote: a PDF's text and fonts, a spreadsheet's rows, a CSV's."""

import csv
import io
import re
from pathlib import Path
from xml.etree import ElementTree

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


# Charts: SVG is machine syntax, so its numbers must parse whatever the reader's language.

SVG_NS = "{http://www.w3.org/2000/svg}"
NUMBER = r"[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?"
NUMBER_ATTRIBUTES = ("x", "y", "width", "height", "cx", "cy", "r", "rx", "ry", "x1", "y1", "x2", "y2")
NUMBER_ATTRIBUTES += ("dx", "dy", "font-size", "stroke-width", "opacity")
DECIMAL_SEPARATOR = {"sv": ",", "lv": ",", "es": ",", "fr": ",", "en": "."}


def svgs_in(html: str) -> list[str]:
    """Every inline SVG of a page or document, as text."""
    return re.findall(r"<svg\b.*?</svg>", html, flags=re.DOTALL)


def _numbers(text: str) -> list[float]:
    """A list of numbers separated by white space and/or one comma, as SVG writes them; else an error."""
    tokens = [token for token in re.split(r"\s*,\s*|\s+", text.strip()) if token]
    for token in tokens:
        assert re.fullmatch(NUMBER, token), f"not a number: {token!r} in {text!r}"
    return [float(token) for token in tokens]


def parsed_svg(text: str) -> ElementTree.Element:
    """The SVG parsed by an XML parser, every coordinate and size checked to be a number."""
    root = ElementTree.fromstring(text)  # noqa: S314 - the portal's own output, in a test
    assert root.tag == f"{SVG_NS}svg"
    view_box = _numbers(root.get("viewBox", ""))
    assert len(view_box) == 4, root.get("viewBox")
    for element in root.iter():
        for name in NUMBER_ATTRIBUTES:
            value = element.get(name)
            if value is None or (element is root and value == "100%"):
                continue
            assert re.fullmatch(NUMBER, value), f"{element.tag} {name}={value!r}"
        if element.get("points") is not None:
            assert len(_numbers(element.get("points"))) % 2 == 0, element.get("points")
        if element.get("d") is not None:
            for token in re.findall(r"[A-Za-z]|[^A-Za-z\s,]+", element.get("d")):
                assert re.fullmatch(r"[MmLlHhVvCcSsQqTtAaZz]|" + NUMBER, token), element.get("d")
        if element.get("transform") is not None:
            for arguments in re.findall(r"\(([^)]*)\)", element.get("transform")):
                _numbers(arguments)
    return root


def view_box_width(root: ElementTree.Element) -> float:
    return _numbers(root.get("viewBox"))[2]


def visible_numbers_in(root: ElementTree.Element, language: str) -> list[str]:
    """The numbers the chart shows a reader, each checked to be written with the language's separator."""
    shown = []
    for element in root.iter(f"{SVG_NS}text"):
        text = "".join(element.itertext()).strip()
        if re.fullmatch(r"\d+[.,]\d+", text):
            assert DECIMAL_SEPARATOR[language] in text, (language, text)
            shown.append(text)
    return shown
