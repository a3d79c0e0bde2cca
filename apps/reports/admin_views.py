"""Reports in the Wagtail admin: order one, watch it run, download it. For staff only."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import Http404
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache
from django.views.decorators.http import require_safe

from apps.core.admin.views import staff_only
from apps.core.files.uploads import protected_file_response

from . import selectors, services
from .forms import ReportOrderForm
from .models import ReportRequest
from .views import status_response


def _visible(request, pk) -> ReportRequest:
    report = get_object_or_404(ReportRequest, pk=pk)
    if not selectors.may_download(request.user, report):
        raise PermissionDenied
    return report


@never_cache
@staff_only
def index(request):
    """The order form above the reports this person may see."""
    may_order = selectors.may_order(request.user)
    form = None
    if may_order:
        initial = {"language": translation.get_language()}
        form = ReportOrderForm(request.POST or None, initial=initial)
    if request.method == "POST":
        if not may_order:
            raise PermissionDenied
        if form.is_valid():
            report = services.report_order(
                kind=form.cleaned_data["kind"],
                parameters=form.parameters(),
                language=form.cleaned_data["language"],
                format=form.cleaned_data["format"],
                user=request.user,
            )
            messages.success(request, _("The report is on its way."))
            return redirect("reports_detail", report.pk)
    return TemplateResponse(
        request,
        "reports/admin/index.html",
        {
            "form": form,
            "reports": selectors.recent_requests(request.user),
            # Said on the page, so that staff who may not order know why and what they may do.
            "sees_all": request.user.has_perm("reports.view_reportrequest"),
        },
    )


@never_cache
@staff_only
def detail(request, pk):
    report = _visible(request, pk)
    return TemplateResponse(
        request,
        "reports/admin/detail.html",
        {
            "report": report,
            "status_url": reverse("reports_status", args=[report.pk]),
            "download_url": reverse("reports_download", args=[report.pk]),
        },
    )


@never_cache
@require_safe
@staff_only
def status(request, pk):
    report = _visible(request, pk)
    return status_response(report, reverse("reports_download", args=[report.pk]))


@require_safe
@staff_only
def download(request, pk):
    report = _visible(request, pk)
    if not report.file:
        raise Http404
    return protected_file_response(report.file, filename=report.filename())
