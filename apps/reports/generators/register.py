"""The ESF+ project register with the centre's engagements, as a spreadsheet or a CSV.

Every project, public or not (staff order this report), with its status today. The spreadsheet
has a sheet of projects and one of engagements; the CSV is one table, a row per engagement
with its project's columns, and a row for each project without one. Rows stream from the
database in chunks to the file, so memory stays flat as the register grows.

Every cell the portal translates is written in the report's language, as the register's pages
show it: the country, the statuses, the kinds, the support offering and yes or no. A project's
own name, owner and region stay in the record's language.
"""

from django.utils.translation import gettext as _

from apps.projects.models import Engagement, EsfProject, Status
from apps.vocabulary.models import COUNTRIES

from .. import selectors
from ..models import Format
from .documents import write_csv, write_xlsx


def project_header():
    return [
        _("diary number"),
        _("name"),
        _("project owner"),
        _("country"),
        _("fund"),
        _("programme area"),
        _("region"),
        _("start date"),
        _("end date"),
        _("status"),
        _("public"),
    ]


def engagement_header():
    return [
        _("offering"),
        _("offering name"),
        _("kind"),
        _("engagement starts"),
        _("engagement ends"),
        _("engagement status"),
    ]


def _labels():
    return {
        "status": {value: str(label) for value, label in Status.choices},
        "kind": {value: str(label) for value, label in Engagement.Kind.choices},
        "engagement": {value: str(label) for value, label in Engagement.Status.choices},
        "country": {code: str(name) for code, name in COUNTRIES},
        "public": {True: _("yes"), False: _("no")},
    }


def project_row(row, labels) -> list:
    _pk, number, name, owner, country, *middle, status, is_public = row
    return [
        number,
        name,
        owner,
        labels["country"].get(country, country),
        *middle,
        labels["status"].get(status, status),
        labels["public"][bool(is_public)],
    ]


def engagement_row(row, labels) -> list:
    number, name, kind, start, end, status = row
    return [
        number,
        name,
        labels["kind"].get(kind, kind),
        start,
        end,
        labels["engagement"].get(status, status),
    ]


def write(report, path, progress) -> None:
    labels = _labels()
    total = EsfProject.objects.count()
    progress(5)

    def projects():
        for number, row in enumerate(
            selectors.register_projects().iterator(chunk_size=selectors.CHUNK_SIZE), 1
        ):
            if number % 1000 == 0:
                progress(5 + 45 * number / max(total, 1))
            yield row

    if report.format == Format.CSV:
        _write_csv(path, projects(), labels)
    else:
        write_xlsx(
            path,
            [
                (_("Projects"), project_header(), (project_row(row, labels) for row in projects())),
                (
                    _("Engagements"),
                    [_("diary number"), *engagement_header()],
                    ([row[1], *engagement_row(row[2:], labels)] for row in selectors.register_engagements()),
                ),
            ],
        )
    progress(100)


def _write_csv(path, projects, labels) -> None:
    """Projects and engagements both come in the projects' id order: one pass merges them."""
    engagements = selectors.register_engagements()
    pending = next(engagements, None)

    def rows():
        nonlocal pending
        for project in projects:
            columns = project_row(project, labels)
            matched = False
            while pending is not None and pending[0] <= project[0]:
                if pending[0] == project[0]:
                    matched = True
                    yield [*columns, *engagement_row(pending[2:], labels)]
                pending = next(engagements, None)
            if not matched:
                yield [*columns, *[""] * len(engagement_header())]

    write_csv(path, [*project_header(), *engagement_header()], rows())
