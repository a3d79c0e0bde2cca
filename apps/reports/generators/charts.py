"""Charts for the PDFs, drawn on the server as SVG from a plain template (no script anywhere).

The geometry is computed here and the template only places it; every chart sits next to a table
with the same numbers, which is what a reader who cannot see the chart reads.
"""

from .documents import svg

LABEL_WIDTH = 200
BAR_AREA = 300
BAR_HEIGHT = 12
ROW_GAP = 6
SERIES_COLOURS = ["#005b99", "#9e3039", "#c77700", "#2f6f3e", "#5a4e8c"]


def bar_chart(title: str, groups: list[dict], series: list[str], maximum: float | None = None) -> str:
    """Horizontal bars: one group per label, one bar per series in it.

    groups: [{"label": "…", "values": [number or None, …]}] with one value per series.
    """
    values = [value for group in groups for value in group["values"] if value is not None]
    maximum = maximum or max(values, default=0) or 1
    legend = [
        {"x": LABEL_WIDTH + index * 110, "colour": SERIES_COLOURS[index % len(SERIES_COLOURS)], "name": name}
        for index, name in enumerate(series)
    ]
    y = 30
    placed = []
    for group in groups:
        bars = []
        for index, value in enumerate(group["values"]):
            width = 0 if value is None else round(float(value) / float(maximum) * BAR_AREA, 1)
            bars.append(
                {
                    "y": y,
                    "width": width,
                    "colour": SERIES_COLOURS[index % len(SERIES_COLOURS)],
                    "text": "–" if value is None else value,
                    "text_x": LABEL_WIDTH + width + 4,
                    "text_y": y + BAR_HEIGHT - 3,
                }
            )
            y += BAR_HEIGHT
        placed.append(
            {"label": str(group["label"])[:38], "label_y": y - BAR_HEIGHT * len(bars) / 2 + 4, "bars": bars}
        )
        y += ROW_GAP
    return svg(
        "reports/charts/bars.svg",
        {
            "title": title,
            "width": LABEL_WIDTH + BAR_AREA + 60,
            "height": y + 6,
            "label_width": LABEL_WIDTH,
            "bar_height": BAR_HEIGHT - 2,
            "legend": legend,
            "groups": placed,
        },
    )
