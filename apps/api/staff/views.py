"""Staff's reports through the API: order one, watch its progress, download it when it is done.

The same as the admin's report pages: `report_order` is called with what the admin's order form
accepts (`may_order`: staff with the "add" permission on report requests), and a report is shown
and handed out to whom `may_download` allows (its requester and report staff). Reports the person
may not see answer 404; people who are not staff are refused with 403.
"""

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiResponse, extend_schema
from rest_framework import exceptions, status, viewsets
from rest_framework.decorators import action
from rest_framework.parsers import JSONParser
from rest_framework.permissions import BasePermission, IsAuthenticated
from rest_framework.response import Response

from django.http import Http404
from django.shortcuts import get_object_or_404
from django.utils.translation import gettext as _

from apps.core.files.uploads import protected_file_response
from apps.reports import selectors, services
from apps.reports.forms import ReportOrderForm
from apps.reports.models import Format, ReportRequest

from ..partner.bases import AnyAccept, SignedInViewMixin, error_responses, form_error_details
from .serializers import ReportOrderSerializer, ReportSerializer

TAGS = ["staff"]
# What a finished report's file is sent as, by its format.
FILE_TYPES = {
    Format.PDF: "application/pdf",
    Format.XLSX: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    Format.CSV: "text/csv",
}


class IsStaff(BasePermission):
    """Staff only, as the admin's report pages (apps.core.admin.views.staff_only)."""

    def has_permission(self, request, view):
        return bool(request.user and request.user.is_authenticated and request.user.is_staff)


def visible_report(user, pk) -> ReportRequest:
    report = get_object_or_404(ReportRequest.objects.select_related("requested_by"), pk=pk)
    if not selectors.may_download(user, report):
        raise Http404
    return report


@extend_schema(tags=TAGS)
class ReportViewSet(SignedInViewMixin, viewsets.GenericViewSet):
    """Reports ordered by staff."""

    permission_classes = [IsAuthenticated, IsStaff]
    serializer_class = ReportSerializer
    parser_classes = [JSONParser]
    lookup_value_regex = "[0-9]+"
    queryset = ReportRequest.objects.none()

    @extend_schema(
        summary="The reports you may see",
        description="Those you ordered, or all for report staff; the newest 50.",
        responses={200: ReportSerializer(many=True), **error_responses()},
    )
    def list(self, request):
        page = self.paginate_queryset(list(selectors.recent_requests(request.user)))
        return self.get_paginated_response(ReportSerializer(page, many=True).data)

    @extend_schema(
        summary="Order a report",
        description=(
            "Queued for a worker; the identical report already in flight is answered instead of a second. "
            "Poll its `url` for the status and progress."
        ),
        request=ReportOrderSerializer,
        responses={202: ReportSerializer, **error_responses(400, 415)},
    )
    def create(self, request):
        if not selectors.may_order(request.user):
            raise exceptions.PermissionDenied(_("Your account may not order reports."))
        order = ReportOrderSerializer(data=request.data)
        order.is_valid(raise_exception=True)
        values = {key: value for key, value in order.validated_data.items() if value is not None}
        values.setdefault("language", self.language)
        form = ReportOrderForm(values)
        if not form.is_valid():
            raise exceptions.ValidationError(form_error_details(form))
        report = services.report_order(
            kind=form.cleaned_data["kind"],
            parameters=form.parameters(),
            language=form.cleaned_data["language"],
            format=form.cleaned_data["format"],
            user=request.user,
        )
        url = self.reverse_action("detail", args=[report.pk])
        data = ReportSerializer(report).data
        return Response(data, status=status.HTTP_202_ACCEPTED, headers={"Location": url})

    @extend_schema(
        summary="A report's status and progress", responses={200: ReportSerializer, **error_responses(404)}
    )
    def retrieve(self, request, pk=None):
        return Response(ReportSerializer(visible_report(request.user, pk)).data)

    @extend_schema(
        summary="Download a finished report",
        description="404 until the report is done.",
        responses={
            **{(200, media_type): OpenApiResponse(OpenApiTypes.BINARY) for media_type in FILE_TYPES.values()},
            **error_responses(404),
        },
    )
    @action(detail=True, methods=["get"], content_negotiation_class=AnyAccept)
    def download(self, request, pk=None):
        report = visible_report(request.user, pk)
        if not report.file:
            raise exceptions.NotFound(_("The report is not ready yet."))
        return protected_file_response(report.file, filename=report.filename())
