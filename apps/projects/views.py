"""The register's public views: the filtered list, a project's page and the list's CSV."""

from functools import partial
from urllib.parse import urlencode

from django.utils.translation import gettext as _

from apps.core.files.csv_export import streamed_csv
from apps.core.web.responses import index_response, record_response

from . import selectors
from .forms import RegisterQueryForm, filter_selects
from .models import CSV_NAME, Status
from .register_columns import REGISTER_COLUMNS

CHUNK_SIZE = 1000


def _query_form(facets: dict):
    """The register's query form, over the values its filters offer."""
    return partial(RegisterQueryForm, facets=facets)


def register_serve(request, page):
    facets = selectors.facets()
    base = page.get_url(request)

    def read(query):
        active = query.filters()
        offerings = selectors.offerings()
        return {
            "listing": selectors.register_page(query),
            "query": query,
            "has_filters": bool(active),
            "filters": filter_selects(query, facets),
            "offerings": offerings,
            # Chosen from an offering's "Projects engaged in this offering": named above the list.
            "chosen_offering": next((o for o in offerings if o.number == query.offering), None),
            "project_base": base,
            "csv_url": f"{base}{CSV_NAME}/" + (f"?{urlencode(active)}" if active else ""),
        }

    return index_response(request, page, _query_form(facets), read)


def project_serve(request, page, project):
    return record_response(
        request,
        page,
        project,
        name="project",
        template="projects/project.html",
        register_url=page.get_url(request),
    )


# The public download: the register's columns and each project's status today.
CSV_FIELDS = (*REGISTER_COLUMNS, "status_now")


def register_csv(request, page):
    """The filtered list as CSV, streamed in chunks: its memory does not grow with its rows."""
    query = _query_form(selectors.facets())(request.GET).query
    projects = selectors.register_projects(query).values_list(*CSV_FIELDS)
    header = [
        _("diary number"),
        _("name"),
        _("project owner"),
        _("project owner's organisation number"),
        _("country"),
        _("fund"),
        _("programme CCI"),
        _("start date"),
        _("end date"),
        _("EU co-financing rate (%)"),
        _("programme area"),
        _("specific objective"),
        _("region"),
        _("NUTS-2 code"),
        _("intervention type"),
        _("number of participants"),
        _("of strategic importance"),
        _("status"),
    ]
    # The status is written as the reader's language names it, like the header.
    labels = {value: str(label) for value, label in Status.choices}
    rows = ((*row[:-1], labels[row[-1]]) for row in projects.iterator(chunk_size=CHUNK_SIZE))
    return streamed_csv(header, rows, filename="esf-register.csv")
