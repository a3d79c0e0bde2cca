"""A report someone asked for, from the order to the stored file.

A request is queued, run by a worker, and ends done (with its file) or failed (with a message a
person can read). Identical requests share a fingerprint: while one is in flight no second one
may be (a unique constraint), so two people ordering the same report get one file. The country
compendia are public and kept: one row per country and language, regenerated in place when a
case in them changes, so the last good file stays downloadable meanwhile.
"""

import hashlib
import json

from django.conf import settings
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from apps.core.fields import created_stamp, language_field, optional_foreign_key, public_flag
from apps.core.files.uploads import private_storage


class Kind(models.TextChoices):
    COMPENDIUM = "compendium", _("Country compendium of best-practice cases")
    MAPPING = "mapping", _("Mapping comparison of the four countries")
    STRATEGIES = "strategies", _("Strategy and action-plan progress")
    REGISTER = "register", _("ESF+ register with engagements")
    ANNUAL = "annual", _("Annual knowledge report")


class Format(models.TextChoices):
    PDF = "pdf", "PDF"
    XLSX = "xlsx", _("Excel spreadsheet (XLSX)")
    CSV = "csv", "CSV"


class Status(models.TextChoices):
    QUEUED = "queued", pgettext_lazy("report status", "Queued")
    RUNNING = "running", pgettext_lazy("report status", "Running")
    DONE = "done", pgettext_lazy("report status", "Done")
    FAILED = "failed", pgettext_lazy("report status", "Failed")


IN_FLIGHT = (Status.QUEUED, Status.RUNNING)


def fingerprint_of(*, kind: str, parameters: dict, language: str, format: str) -> str:
    """The same report asked twice has the same fingerprint, whatever the order of its parameters."""
    canonical = json.dumps([kind, parameters, language, format], sort_keys=True, separators=(",", ":"))
    return hashlib.sha256(canonical.encode()).hexdigest()


def report_path(instance, filename: str) -> str:
    return f"reports/{instance.pk}/{filename}"


class ReportRequest(models.Model):
    kind = models.CharField(_("report"), max_length=20, choices=Kind.choices)
    parameters = models.JSONField(_("parameters"), default=dict, blank=True)
    language = language_field()
    format = models.CharField(_("format"), max_length=8, choices=Format.choices)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    progress = models.PositiveSmallIntegerField(_("progress (%)"), default=0)
    file = models.FileField(
        _("file"), upload_to=report_path, storage=private_storage, max_length=255, blank=True
    )
    fingerprint = models.CharField(_("fingerprint"), max_length=64, editable=False)
    is_public = public_flag(_("Anyone may download it (the country compendia)."))
    requested_by = optional_foreign_key(
        settings.AUTH_USER_MODEL, related_name="report_requests", verbose_name=_("requested by")
    )
    requested = created_stamp(_("requested"))
    started = models.DateTimeField(_("started"), null=True, blank=True)
    # Moved on with every step of progress: a running report whose heartbeat stops is stale.
    heartbeat = models.DateTimeField(_("last sign of life"), null=True, blank=True)
    finished = models.DateTimeField(_("finished"), null=True, blank=True)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    error = models.TextField(_("error message"), blank=True)
    # Something it reports on changed while it was being made: it is made again once it ends.
    stale = models.BooleanField(_("to be made again"), default=False, editable=False)

    class Meta:
        verbose_name = _("report request")
        verbose_name_plural = _("report requests")
        ordering = ["-requested", "-pk"]
        constraints = [
            models.CheckConstraint(
                condition=Q(progress__gte=0) & Q(progress__lte=100), name="reports_progress_0_to_100"
            ),
            models.UniqueConstraint(
                fields=["fingerprint"],
                condition=Q(status__in=[Status.QUEUED, Status.RUNNING]),
                name="reports_one_in_flight_per_fingerprint",
            ),
            models.UniqueConstraint(
                fields=["fingerprint"], condition=Q(is_public=True), name="reports_one_public_per_fingerprint"
            ),
        ]
        indexes = [models.Index(fields=["status", "heartbeat"], name="reports_status_heartbeat")]

    def __str__(self):
        return f"{self.get_kind_display()} ({self.language}, {self.get_format_display()})"

    @property
    def in_flight(self) -> bool:
        return self.status in IN_FLIGHT

    def filename(self) -> str:
        """The name a download gets: what it is, for what, in which language."""
        parts = [self.kind, *(str(self.parameters[key]) for key in sorted(self.parameters)), self.language]
        return "-".join(part.lower() for part in parts) + f".{self.format}"
