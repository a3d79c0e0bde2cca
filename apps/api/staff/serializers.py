"""A report request as the staff endpoints show it, and an order, checked by the admin's own form."""

from rest_framework import serializers

from django.urls import reverse

from apps.reports.models import Format, Kind, ReportRequest


class ReportSerializer(serializers.ModelSerializer):
    """A report's state: queued, running (with its progress), done (with its file) or failed."""

    url = serializers.SerializerMethodField()
    kind_label = serializers.CharField(source="get_kind_display", read_only=True)
    status_label = serializers.CharField(source="get_status_display", read_only=True)
    download_url = serializers.SerializerMethodField()
    error = serializers.SerializerMethodField()

    class Meta:
        model = ReportRequest
        fields = [
            "id",
            "url",
            "kind",
            "kind_label",
            "parameters",
            "language",
            "format",
            "status",
            "status_label",
            "progress",
            "requested",
            "started",
            "finished",
            "download_url",
            "error",
        ]
        read_only_fields = fields

    def get_url(self, report) -> str:
        return reverse("api_staff:report-detail", args=[report.pk])

    def get_download_url(self, report) -> str | None:
        return reverse("api_staff:report-download", args=[report.pk]) if report.file else None

    def get_error(self, report) -> str:
        return report.error if report.status == "failed" else ""


class ReportOrderSerializer(serializers.Serializer):
    """What the admin's order form asks; its own checks (ReportOrderForm) decide what is valid."""

    kind = serializers.ChoiceField(choices=Kind.choices)
    format = serializers.ChoiceField(choices=Format.choices)
    language = serializers.CharField(
        required=False, help_text="The report's language (en, sv, lv, es, fr); the answer's by default."
    )
    country = serializers.CharField(
        required=False, allow_blank=True, help_text="SE, LV, ES or FR: needed for a compendium."
    )
    year = serializers.IntegerField(required=False, allow_null=True, help_text="For the annual report.")
