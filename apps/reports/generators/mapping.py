"""The mapping comparison of the four countries: a PDF with a chart and table, or the raw scores.

The PDF shows the comparison the mapping pages show (the mapping's own selector: mean score per
criterion and country over the approved assessments). The spreadsheet adds every score behind
those means, so the numbers can be checked and worked with.
"""

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from apps.mapping.selectors import comparison
from apps.vocabulary.models import COUNTRIES

from .. import selectors
from ..models import Format
from .charts import bar_chart
from .documents import render_pdf, write_xlsx


def write(report, path, progress) -> None:
    data = comparison()
    progress(20)
    if report.format == Format.XLSX:
        _write_xlsx(data, path, progress)
        return
    chart = bar_chart(
        _("Mean score per criterion and country, on a scale of 1 to 5"),
        [{"label": row["name"], "values": [cell.mean for cell in row["cells"]]} for row in data["rows"]],
        [country["name"] for country in data["countries"]],
        maximum=5,
    )
    render_pdf(
        "reports/documents/mapping.html",
        {
            "title": _("Mapping comparison of the four countries"),
            "data": data,
            "chart": chart,
            "generated": timezone.localdate(),
            "language": translation.get_language(),
        },
        path,
        progress,
        start=40,
    )


def _write_xlsx(data: dict, path, progress) -> None:
    countries = data["countries"]
    means_header = [_("Criterion"), _("Key")]
    for country in countries:
        means_header += [
            _("%(country)s: mean") % {"country": country["name"]},
            _("%(country)s: scores") % {"country": country["name"]},
        ]
    means = (
        [row["name"], row["key"], *(value for cell in row["cells"] for value in (cell.mean, cell.count))]
        for row in data["rows"]
    )
    scores_header = [
        _("Entry"),
        _("Country"),
        _("Title"),
        _("Organisation"),
        _("Approved"),
        _("Criterion key"),
        _("Criterion"),
        _("Score"),
    ]
    names = {code: str(name) for code, name in COUNTRIES}
    scores = (
        [
            entry,
            names.get(country, country),
            title,
            organisation,
            approved and timezone.localtime(approved).replace(tzinfo=None),
            key,
            name,
            score,
        ]
        for entry, country, title, organisation, approved, key, name, score in selectors.approved_scores()
    )
    write_xlsx(path, [(_("Means"), means_header, means), (_("Scores"), scores_header, scores)])
    progress(100)
