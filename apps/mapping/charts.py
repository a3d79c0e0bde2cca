"""The comparison as a server-drawn SVG bar chart: one group of four bars per criterion.

The chart is decoration for sighted readers; the table beside it carries the same numbers and is
what assistive technology reads (the SVG is labelled and points to it).
"""

from django.utils.html import format_html, format_html_join
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _

LABEL_WIDTH = 230
BAR_WIDTH = 300  # a mean of 5
BAR_HEIGHT = 12
GROUP_GAP = 14
TOP = 28
COLOURS = {"SE": "#005b99", "LV": "#9e3039", "ES": "#c77700", "FR": "#2f6f3e"}


def bar_width(mean) -> float:
    return 0.0 if mean is None else round(float(mean) / 5 * BAR_WIDTH, 1)


def comparison_svg(data: dict, table_id: str) -> str:
    countries = data["countries"]
    group_height = len(countries) * BAR_HEIGHT + GROUP_GAP
    height = TOP + len(data["rows"]) * group_height + 10
    width = LABEL_WIDTH + BAR_WIDTH + 60
    parts = [
        format_html(
            '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {} {}" width="100%" role="img" '
            'aria-labelledby="comparison-chart-title" aria-describedby="{}" class="comparison-chart">'
            '<title id="comparison-chart-title">{}</title>',
            width,
            height,
            table_id,
            _("Mean score per criterion and country, on a scale of 1 to 5"),
        )
    ]
    legend_x = LABEL_WIDTH
    for country in countries:
        parts.append(
            format_html(
                '<rect x="{}" y="4" width="10" height="10" fill="{}"/>'
                '<text x="{}" y="13" font-size="11">{}</text>',
                legend_x,
                COLOURS.get(country["code"], "#555"),
                legend_x + 14,
                country["name"],
            )
        )
        legend_x += 80
    y = TOP
    for row in data["rows"]:
        parts.append(
            format_html(
                '<text x="0" y="{}" font-size="11" class="comparison-chart__label">{}</text>',
                y + BAR_HEIGHT * 2,
                row["name"][:40],
            )
        )
        for country, cell in zip(countries, row["cells"], strict=True):
            width_of_bar = bar_width(cell.mean)
            parts.append(
                format_html(
                    '<rect x="{}" y="{}" width="{}" height="{}" fill="{}" data-country="{}" '
                    'data-criterion="{}" data-mean="{}"/><text x="{}" y="{}" font-size="10">{}</text>',
                    LABEL_WIDTH,
                    y,
                    width_of_bar,
                    BAR_HEIGHT - 2,
                    COLOURS.get(country["code"], "#555"),
                    country["code"],
                    row["key"],
                    "" if cell.mean is None else cell.mean,
                    LABEL_WIDTH + width_of_bar + 4,
                    y + BAR_HEIGHT - 3,
                    "–" if cell.mean is None else cell.mean,
                )
            )
            y += BAR_HEIGHT
        y += GROUP_GAP
    parts.append(mark_safe("</svg>"))  # noqa: S308 - a constant
    return format_html_join("", "{}", ((part,) for part in parts))
