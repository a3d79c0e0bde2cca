"""Reads of the project's work, with their joins done, so a page cannot cause a query per row."""

from django.db.models import F, Prefetch, QuerySet
from django.http import Http404

from .models import Deliverable, MentoringSession, Milestone, Pilot, PilotStageName, WorkPackage


def work_package_list() -> QuerySet[WorkPackage]:
    return WorkPackage.objects.select_related("lead_partner", "supporting_partner").order_by("number")


def work_package_objectives(pks: list[int]) -> dict[int, str]:
    """The objectives of these work packages in the reader's language, by id: one query."""
    return {
        work_package.pk: work_package.objectives for work_package in WorkPackage.objects.filter(pk__in=pks)
    }


def work_package_public(pk: int) -> WorkPackage | None:
    """A work package with its partners, its public deliverables and its milestones: three queries."""
    return (
        work_package_list()
        .prefetch_related(
            Prefetch(
                "deliverables",
                queryset=Deliverable.objects.filter(is_public=True).order_by("code"),
                to_attr="public_deliverables",
            ),
            Prefetch("milestones", queryset=Milestone.objects.order_by("number"), to_attr="milestone_list"),
        )
        .filter(pk=pk)
        .first()
    )


def pilot_public(pk: int) -> dict | None:
    """What the public may see of a pilot: its details and stages only when the pilot is public,
    its public sessions, and its transfer analysis when that is public."""
    pilot = (
        Pilot.objects.select_related(
            "mentor_organisation", "mentee_organisation", "practice_page", "transfer_analysis"
        )
        .prefetch_related(
            "stages",
            Prefetch(
                "sessions",
                queryset=MentoringSession.objects.filter(is_public=True).order_by("date"),
                to_attr="public_sessions",
            ),
        )
        .filter(pk=pk)
        .first()
    )
    if pilot is None:
        return None
    analysis = getattr(pilot, "transfer_analysis", None)
    practice_page = pilot.practice_page if pilot.practice_page_id and pilot.practice_page.live else None
    return {
        "country": pilot.get_country_display(),
        "method": pilot.method,
        "details_public": pilot.is_public,
        "practice_transferred": pilot.practice_transferred if pilot.is_public else "",
        "practice_page": practice_page if pilot.is_public else None,
        "mentor_organisation": pilot.mentor_organisation if pilot.is_public else None,
        "mentee_organisation": pilot.mentee_organisation if pilot.is_public else None,
        "stages": list(pilot.stages.all()) if pilot.is_public else [],
        "current_stage": pilot.current_stage if pilot.is_public else None,
        "sessions": pilot.public_sessions,
        "analysis": analysis if analysis is not None and analysis.is_public else None,
    }


def deliverable_for_download(*, user, pk: int) -> Deliverable:
    """A deliverable whose file the user may download: a public one, or any one for staff.

    Anything else is not found, so the public cannot tell a private deliverable from none.
    """
    deliverable = Deliverable.objects.filter(pk=pk).first()
    if deliverable is None or not deliverable.file:
        raise Http404
    if not deliverable.is_public and not (user.is_authenticated and user.is_staff):
        raise Http404
    return deliverable


def overdue_deliverables(today):
    """Deliverables past their due date and not yet submitted or accepted, the oldest first."""
    return Deliverable.objects.overdue(today).select_related("work_package").order_by("due_date", "code")


def deliverables_overdue(today) -> QuerySet:
    """Each overdue deliverable as (pk, organisation_id): the organisation that answers for it is
    its work package's lead partner (None without one). For the reminders of what is overdue."""
    return (
        Deliverable.objects.overdue(today)
        .annotate(organisation_id=F("work_package__lead_partner_id"))
        .order_by("due_date", "code")
        .values_list("pk", "organisation_id", named=True)
    )


def pilots_by_stage() -> list[dict]:
    """Each pilot with its current stage (the latest begun), for the staff's overview."""
    from django.db.models import OuterRef, Subquery

    from .models import PilotStage

    latest = PilotStage.objects.filter(pilot=OuterRef("pk")).order_by("-start_date", "-pk")
    return [
        {"pilot": pilot, "stage": PilotStageName(pilot.stage).label if pilot.stage else None}
        for pilot in Pilot.objects.annotate(stage=Subquery(latest.values("stage")[:1])).order_by("country")
    ]
