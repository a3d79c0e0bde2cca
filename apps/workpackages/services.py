"""Writes to the project's work: a deliverable's status, and the loader of what the sources state."""

from django.conf import settings
from django.db import transaction

from wagtail.models import Page

from apps.core.i18n import localized_field, localized_values
from apps.core.loading import page_upsert, record_upsert, stream_data

from . import content
from .models import Deliverable, Pilot, PilotPage, WorkPackage


@transaction.atomic
def deliverable_status_change(*, deliverable: Deliverable, status: str, user=None) -> Deliverable:
    """Move a deliverable to another status, as a revision by user."""
    if deliverable.status == status:
        return deliverable
    deliverable.status = status
    deliverable.full_clean()
    deliverable.save()
    deliverable.save_revision(user=user, log_action=True)
    return deliverable


def _translated(field: str, per_language: dict, *, stream: bool = False) -> dict:
    values = localized_values(
        field, {code: stream_data(text) if stream else text for code, text in per_language.items()}
    )
    values[field] = values[localized_field(field, settings.LANGUAGE_CODE)]
    return values


@transaction.atomic
def workpackages_load() -> str:
    """The five work packages, deliverable 5.2 and the two pilots, as the sources give them.

    What the sources do not state (partners of each work package, months, due dates, the
    pilots' practices and organisations) starts empty; staff may fill it in, and a rerun keeps it.
    """
    numbers = {}
    for entry in content.WORK_PACKAGES:
        numbers[entry["number"]] = record_upsert(
            WorkPackage,
            {"number": entry["number"]},
            {
                "kind": entry["kind"],
                **_translated("objectives", entry["objectives"]),
                **_translated("description", entry["description"], stream=True),
            },
        )
    for entry in content.DELIVERABLES:
        record_upsert(
            Deliverable,
            {"code": entry["code"]},
            {
                "work_package": numbers[entry["work_package"]],
                **_translated("title", entry["title"]),
            },
            # The sources give no due date and no status; they describe it publicly.
            {"status": "", "is_public": True},
        )
    for country in content.PILOTS:
        record_upsert(
            Pilot,
            {"country": country},
            {**_translated("method", content.PILOT_METHOD)},
            {"is_public": True},
        )
    return (
        f"{len(content.WORK_PACKAGES)} work packages, {len(content.DELIVERABLES)} deliverable "
        f"and {len(content.PILOTS)} pilots"
    )


def pilot_pages_load(*, parent: Page) -> list[PilotPage]:
    """The pilots' public pages below parent, the WP3 page; the site's loader places them."""
    pilots = {pilot.country: pilot for pilot in Pilot.objects.all()}
    return [
        page_upsert(parent=parent, model=PilotPage, entry=entry, extra={"pilot_id": pilots[country].pk})
        for country, entry in content.PILOTS.items()
    ]
