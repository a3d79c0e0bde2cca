"""The public side of reports: a country's compendium, its progress and its download.

The compendia are made by the portal only: when a case of the country changes, and nightly for
any missing or outdated one (beat's `compendia_prepare`). A reader's request never queues work,
since a compendium takes a minute and hundreds of megabytes: the page offers the kept file (also
while a newer one is being made) or says it is being prepared. Pages and status answers are
never cached: they change as the report runs.
"""

from django.http import Http404, JsonResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from apps.core.files.uploads import protected_file_response
from apps.vocabulary.models import COUNTRIES

from . import selectors
from .models import ReportRequest, Status


def _country(code: str) -> tuple[str, str]:
    """The country of a lower-case code in the address (one address per compendium), or 404."""
    country = code.upper()
    names = dict(COUNTRIES)
    if code != country.lower() or country not in names:
        raise Http404
    return country, str(names[country])


def status_payload(report: ReportRequest, download_url: str) -> dict:
    return {
        "status": report.status,
        "label": str(report.get_status_display()),
        "progress": report.progress,
        "download_url": download_url if report.file else None,
        "error": report.error if report.status == Status.FAILED else "",
    }


def status_response(report: ReportRequest, download_url: str) -> JsonResponse:
    response = JsonResponse(status_payload(report, download_url))
    response["Cache-Control"] = "private, no-store"
    return response


@never_cache
@require_safe
def compendium(request, country):
    country, name = _country(country)
    report = selectors.public_compendium(country, translation.get_language())
    return TemplateResponse(
        request,
        "reports/compendium.html",
        {
            "report": report,
            "country_name": name,
            "title": _("Best-practice cases: %(country)s") % {"country": name},
            "status_url": reverse("reports:compendium_status", args=[country.lower()]),
            "download_url": reverse("reports:compendium_download", args=[country.lower()]),
        },
    )


def _kept(country: str) -> ReportRequest:
    report = selectors.public_compendium(country, translation.get_language())
    if report is None:
        raise Http404
    return report


@never_cache
@require_safe
def compendium_status(request, country):
    country, _name = _country(country)
    return status_response(_kept(country), reverse("reports:compendium_download", args=[country.lower()]))


@require_safe
def compendium_download(request, country):
    country, _name = _country(country)
    report = _kept(country)
    if not report.file:
        raise Http404
    return protected_file_response(report.file, filename=report.filename())
