"""An event's participant list in the Wagtail admin, and its CSV export, for staff only.

Moments are written in the event's time zone: on the page with the zone named, in the CSV as
ISO 8601 with its offset, which spreadsheets and scripts read as the same instant.
"""

from django.shortcuts import get_object_or_404
from django.template.response import TemplateResponse
from django.utils.text import slugify
from django.utils.translation import gettext as _

from apps.core.admin.views import permission_required
from apps.core.files.csv_export import streamed_csv
from apps.core.zoned_time import local_iso

from . import selectors
from .models import Activity

PERMISSION = "activities.view_registration"


@permission_required(PERMISSION)
def participants(request, pk):
    activity = get_object_or_404(Activity, pk=pk)
    return TemplateResponse(
        request,
        "activities/admin/participants.html",
        {
            "activity": activity,
            "participants": selectors.participants(activity),
            "counts": selectors.registration_counts(activity),
        },
    )


@permission_required(PERMISSION)
def participants_csv(request, pk):
    activity = get_object_or_404(Activity, pk=pk)
    header = [_("name"), _("e-mail address"), _("organisation"), _("language"), _("status"), _("registered")]
    rows = (
        [
            registration.name,
            registration.email,
            registration.organisation,
            registration.language,
            registration.get_status_display(),
            local_iso(registration.created, activity.time_zone),
        ]
        for registration in selectors.participants(activity).iterator(chunk_size=500)
    )
    return streamed_csv(header, rows, filename=f"participants-{slugify(activity.slug) or activity.pk}.csv")
