"""How far the national CCSI strategies and their action plans have come, per country.

Read through the strategies' own progress selectors (one grouped query for all plans), so the
report and the public strategy pages count alike. The spreadsheet adds every action item.
"""

from django.utils import timezone, translation
from django.utils.translation import gettext as _

from apps.strategies.models import ActionItem
from apps.vocabulary.models import COUNTRIES

from .. import selectors
from ..models import Format
from .charts import bar_chart
from .documents import render_pdf, write_xlsx
from .errors import ReportError

Status = ActionItem.Status


def _mean(value):
    return None if value is None else round(float(value), 1)


def write(report, path, progress) -> None:
    country = report.parameters.get("country") or None
    if country and country not in dict(COUNTRIES):
        raise ReportError(_("There is no country “%(country)s”.") % {"country": country})
    countries = selectors.strategy_progress(country)
    progress(20)
    if report.format == Format.XLSX:
        _write_xlsx(countries, country, path, progress)
        return
    for row in countries:
        row["chart"] = (
            bar_chart(
                _("Action items done per action plan"),
                [
                    {"label": plan.title, "values": [plan.progress.done, plan.progress.total]}
                    for plan in row["plans"]
                ],
                [_("Done"), _("All items")],
            )
            if row["plans"]
            else ""
        )
    render_pdf(
        "reports/documents/strategies.html",
        {
            "title": _("CCSI strategy and action-plan progress"),
            "countries": countries,
            "statuses": Status.choices,
            "generated": timezone.localdate(),
            "language": translation.get_language(),
        },
        path,
        progress,
        start=40,
    )


def _write_xlsx(countries, country, path, progress) -> None:
    plans_header = [
        _("Country"),
        _("Strategy version"),
        _("Action plan"),
        _("Period starts"),
        _("Period ends"),
        *(label for _value, label in Status.choices),
        _("Overdue"),
        _("All items"),
        _("Mean progress (%)"),
    ]
    plan_rows = [
        [
            row["country_name"],
            row["strategy"].version,
            plan.title,
            plan.starts_on,
            plan.ends_on,
            *(plan.progress.by_status[value] for value in Status.values),
            plan.progress.overdue,
            plan.progress.total,
            _mean(plan.progress.mean_progress),
        ]
        for row in countries
        for plan in row["plans"]
    ]
    labels = dict(Status.choices)
    names = dict(COUNTRIES)
    items_header = [
        _("Country"),
        _("Action plan"),
        _("Action item"),
        _("Responsible organisation"),
        _("Due date"),
        _("Status"),
        _("Progress (%)"),
    ]
    items = (
        [str(names.get(code, code)), plan, title, organisation, due, str(labels.get(status, status)), done]
        for code, plan, title, organisation, due, status, done in selectors.strategy_items(country)
    )
    write_xlsx(path, [(_("Action plans"), plans_header, plan_rows), (_("Action items"), items_header, items)])
    progress(100)
