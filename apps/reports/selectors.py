"""What the reports read from the domains, and who may see which report.

Reports stand above the domains (docs/architecture.md): they read through the domains' own
selectors where one exists and through their models otherwise, in bounded queries, and stream
long lists with `.iterator()` so a report's memory does not grow with its rows.
"""

import datetime

from django.conf import settings
from django.db.models import CharField, Count, F, Max, Q, QuerySet, Value
from django.db.models.functions import Coalesce, NullIf
from django.utils import timezone, translation

from apps.activities.models import Activity
from apps.core.selectors import live_public
from apps.mapping.models import EntryStatus, MappingEntry, Score
from apps.practices.models import PracticePage
from apps.projects.models import Engagement, EsfProject
from apps.strategies.models import ActionItem
from apps.strategies.selectors import adopted_public_strategies, strategy_index
from apps.vocabulary.models import COUNTRIES

from .models import IN_FLIGHT, Kind, ReportRequest, Status

CHUNK_SIZE = 2000
COUNTRY_CODES = [code for code, _name in COUNTRIES]


def in_language(path: str):
    """A translated field read across a relation, in the active language, else the default one.

    `values_list("offering__name")` reads the untranslated column (the default language's): a
    related model's translation is not followed through a model that has none of its own. This
    reads the language's column as the model's own attribute would, with the same fallback.
    """
    language = translation.get_language() or settings.LANGUAGE_CODE
    fallback = F(f"{path}_{settings.MODELTRANSLATION_DEFAULT_LANGUAGE}")
    if language == settings.MODELTRANSLATION_DEFAULT_LANGUAGE:
        return fallback
    return Coalesce(NullIf(F(f"{path}_{language}"), Value("")), fallback, output_field=CharField())


# Who may see what


def may_order(user) -> bool:
    return user.is_authenticated and user.is_staff and user.has_perm("reports.add_reportrequest")


def may_download(user, report: ReportRequest) -> bool:
    """A public report is anyone's; a private one only its requester's and report staff's."""
    if report.is_public:
        return True
    if not user.is_authenticated:
        return False
    return report.requested_by_id == user.pk or (
        user.is_staff and user.has_perm("reports.view_reportrequest")
    )


def recent_requests(user, limit: int = 50) -> QuerySet[ReportRequest]:
    """The requests a staff member sees in the admin: theirs, or all for report staff."""
    requests = ReportRequest.objects.select_related("requested_by").order_by("-requested", "-pk")
    if not user.has_perm("reports.view_reportrequest"):
        requests = requests.filter(requested_by=user)
    return requests[:limit]


def public_compendium(country: str, language: str) -> ReportRequest | None:
    return ReportRequest.objects.filter(
        kind=Kind.COMPENDIUM, is_public=True, language=language, parameters__country=country
    ).first()


def stale_running(before: datetime.datetime) -> QuerySet[ReportRequest]:
    """Running requests with no sign of life since before: their worker is gone."""
    return ReportRequest.objects.filter(status=Status.RUNNING).filter(
        Q(heartbeat__lt=before) | Q(heartbeat__isnull=True, started__lt=before)
    )


def expired_requests(before: datetime.datetime) -> QuerySet[ReportRequest]:
    """Finished private requests older than before; the public compendia are kept."""
    return ReportRequest.objects.filter(is_public=False, finished__lt=before).exclude(status__in=IN_FLIGHT)


# The compendium


def compendium_cases(country: str) -> QuerySet[PracticePage]:
    """A country's published, public cases in the library's order (the page tree's)."""
    return live_public(PracticePage.objects.filter(country=country)).order_by("path")


def compendia_of_case(case_id: int) -> QuerySet[ReportRequest]:
    """The public compendia a case is in: those of its country, in every language."""
    country = PracticePage.objects.filter(pk=case_id).values_list("country", flat=True).first()
    if country is None:
        return ReportRequest.objects.none()
    return compendia_of_country(country)


def newest_publication(country: str) -> datetime.datetime | None:
    """When a published case of the country was last published: a compendium made before is outdated."""
    return compendium_cases(country).aggregate(newest=Max("last_published_at"))["newest"]


def compendia_of_country(country: str) -> QuerySet[ReportRequest]:
    """The public compendia of a country, in every language."""
    return ReportRequest.objects.filter(kind=Kind.COMPENDIUM, is_public=True, parameters__country=country)


# The mapping comparison


def approved_scores():
    """Every score of an approved assessment, one row each, with its entry and criterion."""
    return (
        Score.objects.filter(entry__status=EntryStatus.APPROVED)
        .order_by("entry__country", "entry_id", "criterion__position", "criterion__key")
        .annotate(criterion_name=in_language("criterion__name"))
        .values_list(
            "entry_id",
            "entry__country",
            "entry__title",
            "entry__organisation__name",
            "entry__approved",
            "criterion__key",
            "criterion_name",
            "score",
        )
        .iterator(chunk_size=CHUNK_SIZE)
    )


# Strategies


def strategy_progress(country: str | None) -> list[dict]:
    """Each country's adopted public strategy with its plans and their progress (or one country's)."""
    return [row for row in strategy_index() if not country or row["country"] == country]


def strategy_items(country: str | None):
    strategies = adopted_public_strategies()
    if country:
        strategies = strategies.filter(country=country)
    return (
        ActionItem.objects.filter(plan__strategy__in=strategies)
        .order_by("plan__strategy__country", "plan__starts_on", "plan_id", "due_date", "pk")
        .annotate(plan_title=in_language("plan__title"))
        .values_list(
            "plan__strategy__country",
            "plan_title",
            "title",
            "responsible_organisation__name",
            "due_date",
            "status",
            "progress",
        )
        .iterator(chunk_size=CHUNK_SIZE)
    )


# The register

PROJECT_FIELDS = (
    "diary_number",
    "name",
    "owner",
    "country",
    "fund",
    "programme_area",
    "region",
    "start_date",
    "end_date",
    "status_now",
    "is_public",
)
ENGAGEMENT_FIELDS = ("offering__number", "offering_name", "kind", "start_date", "end_date", "status")


def register_projects():
    """Every project, by id (so engagements, in the same order, merge in one pass), id first."""
    return EsfProject.objects.with_status().order_by("pk").values_list("pk", *PROJECT_FIELDS)


def register_engagements():
    """Every engagement, with its project's id and diary number first, in the projects' order."""
    return (
        Engagement.objects.order_by("project_id", "start_date", "pk")
        .annotate(offering_name=in_language("offering__name"))
        .values_list("project_id", "project__diary_number", *ENGAGEMENT_FIELDS)
        .iterator(chunk_size=CHUNK_SIZE)
    )


# The annual knowledge report


def _year_bounds(year: int) -> tuple[datetime.datetime, datetime.datetime]:
    zone = timezone.get_current_timezone()
    return (
        datetime.datetime(year, 1, 1, tzinfo=zone),
        datetime.datetime(year + 1, 1, 1, tzinfo=zone),
    )


def cases_added(year: int) -> list[PracticePage]:
    start, end = _year_bounds(year)
    return list(
        live_public(PracticePage.objects.filter(first_published_at__gte=start, first_published_at__lt=end))
        .order_by("country", "first_published_at", "pk")
        .only("title", "country", "summary", "original_language", "first_published_at")
    )


def entries_approved(year: int) -> dict[str, int]:
    start, end = _year_bounds(year)
    rows = (
        MappingEntry.objects.filter(status=EntryStatus.APPROVED, approved__gte=start, approved__lt=end)
        .order_by()
        .values("country")
        .annotate(n=Count("pk"))
    )
    return {row["country"]: row["n"] for row in rows}


def projects_supported(year: int) -> list[EsfProject]:
    """Projects with an engagement (not cancelled) running at any time in the year."""
    engaged = (
        Engagement.objects.filter(start_date__lt=datetime.date(year + 1, 1, 1))
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=datetime.date(year, 1, 1)))
        .exclude(status=Engagement.Status.CANCELLED)
        .values("project_id")
    )
    return list(
        EsfProject.objects.filter(pk__in=engaged)
        .order_by("country", "diary_number")
        .only("diary_number", "name", "country")
    )


def activities_held(year: int, now=None) -> list[Activity]:
    """Events of the year that took place: started before now, neither cancelled nor postponed."""
    start, end = _year_bounds(year)
    now = now or timezone.now()
    return list(
        Activity.objects.filter(start__gte=start, start__lt=min(end, now), status=Activity.Status.SCHEDULED)
        .order_by("start", "pk")
        .only("title", "kind", "country", "start", "time_zone")
    )
