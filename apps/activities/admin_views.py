"""An event's participant list in the Wagtail admin, and its CSV export, for staff only."""

import csv

from django.core.exceptions import PermissionDenied
from django.http import StreamingHttpResponse
from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from . import selectors
from .models import Activity

PERMISSION = "activities.view_registration"


def _activity_for(request, pk) -> Activity:
    if not request.user.has_perm(PERMISSION):
        raise PermissionDenied
    return get_object_or_404(Activity, pk=pk)


def participants(request, pk):
    activity = _activity_for(request, pk)
    return TemplateResponse(
        request,
        "activities/admin/participants.html",
        {
            "activity": activity,
            "participants": selectors.participants(activity),
            "counts": selectors.registration_counts(activity),
        },
    )


class _Echo:
    """csv.writer writes each row here, and the row is handed straight to the response."""

    def write(self, value):
        return value


def participants_csv(request, pk):
    activity = _activity_for(request, pk)
    writer = csv.writer(_Echo())

    def rows():
        yield writer.writerow(
            [_("name"), _("e-mail address"), _("organisation"), _("language"), _("status"), _("registered")]
        )
        for registration in selectors.participants(activity).iterator(chunk_size=500):
            yield writer.writerow(
                [
                    _safe(registration.name),
                    _safe(registration.email),
                    _safe(registration.organisation),
                    registration.language,
                    registration.get_status_display(),
                    registration.created.isoformat(timespec="minutes"),
                ]
            )

    response = StreamingHttpResponse(rows(), content_type="text/csv; charset=utf-8")
    filename = f"participants-{slugify(activity.slug) or activity.pk}.csv"
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Cache-Control"] = "private, no-store"
    return response


def _safe(value: str) -> str:
    """A value a spreadsheet would run as a formula (=, +, -, @) is kept as text."""
    return f"'{value}" if value[:1] in ("=", "+", "-", "@", "\t", "\r") else value
