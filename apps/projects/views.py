"""The register's public views: the filtered list, a project's page and the list's CSV."""

from urllib.parse import urlencode

from django.template.response import TemplateResponse
from django.utils.translation import gettext as _

from apps.core.files.csv_export import streamed_csv
from apps.vocabulary.models import COUNTRIES

from . import selectors
from .forms import RegisterQueryForm
from .models import CSV_NAME, Status

CHUNK_SIZE = 1000


def _query(request):
    return RegisterQueryForm(request.GET, facets=selectors.facets()).query


def register_serve(request, page):
    facets = selectors.facets()
    query = RegisterQueryForm(request.GET, facets=facets).query
    listing = selectors.register_page(query)
    active = query.filters()
    offerings = selectors.offerings()
    context = page.get_context(request)
    context.update(
        {
            "listing": listing,
            "query": query,
            "has_filters": bool(active),
            "facets": facets,
            "countries": COUNTRIES,
            "statuses": Status.choices,
            "offerings": offerings,
            # Chosen from an offering's "Projects engaged in this offering": named above the list.
            "chosen_offering": next((o for o in offerings if o.number == query.offering), None),
            "project_base": page.get_url(request),
            "csv_url": f"{page.get_url(request)}{CSV_NAME}/" + (f"?{urlencode(active)}" if active else ""),
        }
    )
    return TemplateResponse(request, page.get_template(request), context)


def project_serve(request, page, project):
    context = page.get_context(request)
    context.update(
        {
            "project": project,
            "register_url": page.get_url(request),
            # The language switcher and the hreflang links point at this project in each language.
            "subpage_path": f"{project.slug}/",
        }
    )
    return TemplateResponse(request, "projects/project.html", context)


CSV_FIELDS = (
    "diary_number",
    "name",
    "owner",
    "owner_organisation_number",
    "country",
    "fund",
    "programme_cci",
    "start_date",
    "end_date",
    "eu_cofinancing_rate",
    "programme_area",
    "specific_objective",
    "region",
    "nuts2_code",
    "intervention_type",
    "participant_count",
    "strategic_importance",
    "status_now",
)


def register_csv(request, page):
    """The filtered list as CSV, streamed in chunks: its memory does not grow with its rows."""
    projects = selectors.register_projects(_query(request)).values_list(*CSV_FIELDS)
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
