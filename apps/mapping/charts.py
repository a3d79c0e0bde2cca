"""The comparison as a server-drawn SVG bar chart: one group of four bars per criterion.

The chart is decoration for sighted readers; the table beside it carries the same numbers and is
what assistive technology reads (the SVG is labelled and points to it).

It is drawn narrow (a phone's width) and scales down no further than a phone does, so its text
stays readable there: each criterion's full name is wrapped on lines above its bars, each bar
names its country's code, and the legend wraps. Coordinates and data-* values are SVG and data
syntax, written with a full stop; the numbers a reader sees are written as the reader's language
writes them, as in the table ("2,4" in Latvian).
"""

from django.utils import formats
from django.utils.html import format_html, format_html_join
from django.utils.translation import gettext as _

WIDTH = 340
CODE_WIDTH = 30
BAR_WIDTH = 250  # a mean of 5
BAR_HEIGHT = 14
BAR_GAP = 3
GROUP_GAP = 14
LABEL_SIZE = 14
LINE_HEIGHT = 18
SMALL_SIZE = 13
# Wide enough for the widest letters of the page's sans-serif on average: a line never runs
# past the chart's edge.
EM = 0.62
COLOURS = {"SE": "#005b99", "LV": "#9e3039", "ES": "#c77700", "FR": "#2f6f3e"}


def bar_width(mean) -> float:
    return 0.0 if mean is None else round(float(mean) / 5 * BAR_WIDTH, 1)


def text_width(text: str, size: float) -> float:
    return len(text) * size * EM


def wrap(text: str, width: float, size: float) -> list[str]:
    """text in lines no wider than width, broken between words only."""
    lines: list[str] = []
    for word in str(text).split():
        if lines and text_width(f"{lines[-1]} {word}", size) <= width:
            lines[-1] = f"{lines[-1]} {word}"
        else:
            lines.append(word)
    return lines or [""]


def _legend(countries) -> tuple[list, float]:
    parts, x, y = [], 0.0, 4.0
    for country in countries:
        entry = 18 + text_width(country["name"], SMALL_SIZE)
        if x and x + entry > WIDTH:
            x, y = 0.0, y + LINE_HEIGHT
        parts.append(
            format_html(
                '<rect x="{}" y="{}" width="12" height="12" fill="{}"/>'
                '<text x="{}" y="{}" font-size="{}" class="comparison-chart__legend">{}</text>',
                x,
                y,
                COLOURS.get(country["code"], "#555"),
                x + 17,
                y + 11,
                SMALL_SIZE,
                country["name"],
            )
        )
        x += entry + 14
    return parts, y + LINE_HEIGHT + 8


def _number(mean) -> str:
    return "–" if mean is None else formats.localize(mean)


def comparison_svg(data: dict, table_id: str) -> str:
    countries = data["countries"]
    legend, y = _legend(countries)
    groups = []
    for row in data["rows"]:
        lines = wrap(row["name"], WIDTH, LABEL_SIZE)
        label = format_html(
            '<text font-size="{}" class="comparison-chart__label">{}</text>',
            LABEL_SIZE,
            format_html_join(
                "",
                '<tspan x="0" y="{}">{}</tspan>',
                ((y + LABEL_SIZE + number * LINE_HEIGHT, line) for number, line in enumerate(lines)),
            ),
        )
        y += len(lines) * LINE_HEIGHT + 4
        bars = []
        for country, cell in zip(countries, row["cells"], strict=True):
            width_of_bar = bar_width(cell.mean)
            bars.append(
                format_html(
                    '<text x="0" y="{}" font-size="{}" class="comparison-chart__code">{}</text>'
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}" data-country="{}" '
                    'data-criterion="{}" data-mean="{}"/>'
                    '<text x="{}" y="{}" font-size="{}" class="comparison-chart__value">{}</text>',
                    y + BAR_HEIGHT - 2,
                    SMALL_SIZE,
                    country["code"],
                    CODE_WIDTH,
                    y,
                    width_of_bar,
                    BAR_HEIGHT,
                    COLOURS.get(country["code"], "#555"),
                    country["code"],
                    row["key"],
                    "" if cell.mean is None else str(cell.mean),
                    CODE_WIDTH + width_of_bar + 4,
                    y + BAR_HEIGHT - 2,
                    SMALL_SIZE,
                    _number(cell.mean),
                )
            )
            y += BAR_HEIGHT + BAR_GAP
        groups.append(
            format_html(
                '<g class="comparison-chart__group"><title>{}</title>{}{}</g>',
                row["name"],
                label,
                format_html_join("", "{}", ((bar,) for bar in bars)),
            )
        )
        y += GROUP_GAP
    height = y
    return format_html(
        '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" width="100%" role="img" '
        'aria-labelledby="comparison-chart-title" aria-describedby="{}" class="comparison-chart">'
        '<title id="comparison-chart-title">{}</title>{}{}</svg>',
        WIDTH,
        height,
        table_id,
        _("Mean score per criterion and country, on a scale of 1 to 5"),
        format_html_join("", "{}", ((part,) for part in legend)),
        format_html_join("", "{}", ((group,) for group in groups)),
    )
