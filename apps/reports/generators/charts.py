"""Charts for the PDFs, drawn on the server as SVG from a plain template (no script anywhere).

The geometry is computed here and the template only places it; every chart sits next to a table
with the same numbers, which is what a reader who cannot see the chart reads.

Coordinates are SVG syntax, never localised (the template renders them with localisation off: a
decimal comma there leaves WeasyPrint with no bars at all); the numbers a reader sees are
formatted here in the report's language, as its table writes them ("2,4" in Latvian).
"""

from functools import lru_cache

from django.utils import formats

from .documents import svg

LABEL_WIDTH = 200
BAR_AREA = 300
BAR_HEIGHT = 12
ROW_GAP = 6
WIDTH = LABEL_WIDTH + BAR_AREA + 60
LEGEND_SIZE = 10
LABEL_SIZE = 10
VALUE_SIZE = 9
LINE_HEIGHT = 12
LEGEND_GAP = 18
SERIES_COLOURS = ["#005b99", "#9e3039", "#c77700", "#2f6f3e", "#5a4e8c"]
# The documents set every text in DejaVu Sans; when its file cannot be read, a width safely
# above its widest letters' average is assumed.
FONT = "DejaVuSans.ttf"
FALLBACK_EM = 0.7


@lru_cache(maxsize=8)
def _font(size: int):
    try:
        from PIL import ImageFont

        return ImageFont.truetype(FONT, size)
    except (ImportError, OSError):
        return None


def text_width(text: str, size: int) -> float:
    """How wide text is drawn at this font size, in the chart's units."""
    font = _font(size)
    if font is None:
        return len(text) * size * FALLBACK_EM
    return float(font.getlength(text))


def wrap(text: str, width: float, size: int) -> list[str]:
    """text in lines no wider than width, broken between words (a single overlong word alone on its line)."""
    lines: list[str] = []
    for word in text.split():
        if lines and text_width(f"{lines[-1]} {word}", size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def legend_layout(series: list[str], width: float, top: float = 4) -> tuple[list[dict], float]:
    """Legend entries placed left to right, a new line when the next would not fit: and the height used."""
    entries = []
    x, y = 0.0, top
    for index, name in enumerate(series):
        name = str(name)
        entry_width = 14 + text_width(name, LEGEND_SIZE)
        if x and x + entry_width > width:
            x, y = 0.0, y + 16
        entries.append(
            {
                "x": x,
                "y": y,
                "text_x": x + 14,
                "text_y": y + 9,
                "colour": SERIES_COLOURS[index % len(SERIES_COLOURS)],
                "name": name,
            }
        )
        x += entry_width + LEGEND_GAP
    return entries, (y + 16 if entries else top)


def _number(value) -> str:
    return "–" if value is None else formats.localize(value)


def describe(title: str, groups: list[dict], series: list[str]) -> str:
    """The chart in words, for whoever cannot see it: its title, then each label with its values.

    A tagged PDF gives this as the chart's alternative text, e.g. "Mean score …. Access to
    funding: Sweden 3,2, Latvia 2,5." (numbers in the report's language).
    """
    parts = [f"{str(title).rstrip('.')}."]
    for group in groups:
        values = ", ".join(
            f"{name} {_number(value)}" for name, value in zip(series, group["values"], strict=False)
        )
        parts.append(f"{group['label']}: {values}.")
    return " ".join(parts)


def bar_chart(title: str, groups: list[dict], series: list[str], maximum: float | None = None) -> str:
    """Horizontal bars: one group per label, one bar per series in it.

    groups: [{"label": "…", "values": [number or None, …]}] with one value per series.
    """
    values = [value for group in groups for value in group["values"] if value is not None]
    maximum = maximum or max(values, default=0) or 1
    legend, y = legend_layout(series, WIDTH)
    y += 8
    placed = []
    for group in groups:
        lines = wrap(str(group["label"]), LABEL_WIDTH - 8, LABEL_SIZE)
        bars_height = BAR_HEIGHT * len(group["values"])
        height = max(bars_height, LINE_HEIGHT * len(lines))
        bars = []
        bar_y = y + (height - bars_height) / 2
        for index, value in enumerate(group["values"]):
            width = 0 if value is None else round(float(value) / float(maximum) * BAR_AREA, 1)
            bars.append(
                {
                    "y": bar_y,
                    "width": width,
                    "colour": SERIES_COLOURS[index % len(SERIES_COLOURS)],
                    "text": _number(value),
                    "text_x": LABEL_WIDTH + width + 4,
                    "text_y": bar_y + BAR_HEIGHT - 3,
                }
            )
            bar_y += BAR_HEIGHT
        first_line = y + (height - LINE_HEIGHT * len(lines)) / 2 + LABEL_SIZE
        placed.append(
            {
                "label": str(group["label"]),
                "lines": [
                    {"y": first_line + number * LINE_HEIGHT, "text": line}
                    for number, line in enumerate(lines)
                ],
                "bars": bars,
            }
        )
        y += height + ROW_GAP
    return svg(
        "reports/charts/bars.svg",
        {
            "title": title,
            "description": describe(title, groups, series),
            "width": WIDTH,
            "height": y + 6,
            "label_width": LABEL_WIDTH,
            "bar_height": BAR_HEIGHT - 2,
            "legend": legend,
            "groups": placed,
            "sizes": {"legend": LEGEND_SIZE, "label": LABEL_SIZE, "value": VALUE_SIZE},
        },
    )
