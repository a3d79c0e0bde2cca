"""The centre's annual knowledge report: what the year added to what the centre knows and does.

Cases added to the library (first published in the year), mapping entries approved, ESF+
projects supported (an engagement running in the year) and events held, each counted per
country and listed.
"""

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from apps.activities.models import Activity
from apps.vocabulary.models import COUNTRIES

from .. import selectors
from .charts import bar_chart
from .documents import render_pdf
from .errors import ReportError

FIRST_YEAR = 2000


def _by_country(items) -> dict[str, int]:
    counts = dict.fromkeys((code for code, _name in COUNTRIES), 0)
    for item in items:
        if item.country in counts:
            counts[item.country] += 1
    return counts


def write(report, path, progress) -> None:
    try:
        year = int(report.parameters.get("year"))
    except (TypeError, ValueError):
        year = None
    if year is None or not FIRST_YEAR <= year <= timezone.localdate().year:
        raise ReportError(_("A knowledge report needs a year from 2000 to this year."))
    language = translation.get_language()
    cases = selectors.cases_added(year)
    progress(10)
    entries = selectors.entries_approved(year)
    progress(20)
    projects = selectors.projects_supported(year)
    progress(30)
    activities = selectors.activities_held(year)
    progress(40)
    names = dict(COUNTRIES)
    case_counts = _by_country(cases)
    project_counts = _by_country(projects)
    activity_counts = _by_country(activities)
    table = [
        {
            "country": names[code],
            "cases": case_counts[code],
            "entries": entries.get(code, 0),
            "projects": project_counts[code],
            "activities": activity_counts[code],
        }
        for code, _name in COUNTRIES
    ]
    kinds = dict(Activity.Kind.choices)
    render_pdf(
        "reports/documents/annual.html",
        {
            "title": _("Annual knowledge report %(year)s") % {"year": year},
            "year": year,
            "table": table,
            "totals": {
                "cases": len(cases),
                "entries": sum(entries.values()),
                "projects": len(projects),
                "activities": len(activities),
            },
            "chart": bar_chart(
                _("What the year added, per country"),
                [
                    {
                        "label": row["country"],
                        "values": [row["cases"], row["entries"], row["projects"], row["activities"]],
                    }
                    for row in table
                ],
                [_("Cases added"), _("Entries approved"), _("Projects supported"), _("Events held")],
            ),
            "cases": [
                {"title": case.title, "country": names.get(case.country, case.country), "language": language}
                for case in cases
            ],
            "projects": projects,
            "activities": [
                {
                    "title": activity.title,
                    "kind": kinds.get(activity.kind, activity.kind),
                    "date": activity.local_start.date() if activity.local_start else None,
                    "country": names.get(activity.country, ""),
                }
                for activity in activities
            ],
            "generated": timezone.localdate(),
            "language": language,
        },
        path,
        progress,
        start=50,
    )
