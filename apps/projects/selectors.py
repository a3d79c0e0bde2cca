"""Reads of the register: the filtered list, its facets, a public project and its engagements."""

import datetime

from django.db.models import Count, Prefetch, Q
from django.db.models.functions import Lower

from apps.core.caching.versioned import PAGES, cached
from apps.core.listings.pagination import page_of

from .forms import RegisterQuery
from .models import DIARY_NUMBER, Engagement, EsfProject, ProjectPartner, Status, SupportOffering

PER_PAGE = 20


def facets() -> dict:
    """The values the register's filters offer: those its public projects hold.

    One DISTINCT scan of the projects (its combinations of fund, programme area and region are
    few), kept under the pages' version, which every change of a record the register shows bumps
    (signals.py), and read again only after a change. The offerings come with offerings().
    """

    def compute():
        combinations = list(
            EsfProject.objects.public().values_list("fund", "programme_area", "region").distinct()
        )

        def values(position):
            return sorted({row[position] for row in combinations}, key=str.casefold)

        return {"fund": values(0), "area": values(1), "region": values(2)}

    return {
        **cached(PAGES, "register-facets", compute=compute),
        "offering": [offering.number for offering in offerings()],
    }


def register_projects(query: RegisterQuery):
    """The public projects that match query, with their status, in the register's order."""
    projects = EsfProject.objects.public().with_status()
    if query.q:
        projects = projects.filter(
            Q(name__icontains=query.q) | Q(owner__icontains=query.q) | Q(diary_number__icontains=query.q)
        )
    for field, value in (
        ("country", query.country),
        ("fund", query.fund),
        ("programme_area", query.area),
        ("region", query.region),
    ):
        if value:
            projects = projects.filter(**{field: value})
    if query.status:
        projects = projects.of_status(query.status)
    if query.offering:
        projects = projects.filter(
            pk__in=Engagement.objects.filter(offering__number=query.offering).values("project_id")
        )
    return projects.order_by("-start_date", "diary_number")


def register_page(query: RegisterQuery):
    return page_of(
        register_projects(query).only(
            "diary_number",
            "name",
            "owner",
            "country",
            "fund",
            "region",
            "start_date",
            "end_date",
            "source_language",
        ),
        query.page,
        PER_PAGE,
    )


def public_project(slug: str) -> EsfProject | None:
    """The public project whose diary number is slug (in any case), with what its page shows."""
    diary_number = slug.upper()
    if not DIARY_NUMBER.match(diary_number):
        return None

    def compute():
        # Kept with everything its page shows (five queries), until a record the register shows
        # changes.
        return (
            EsfProject.objects.public()
            .prefetch_related(
                "needs",
                Prefetch("project_partners", queryset=ProjectPartner.objects.select_related("organisation")),
                Prefetch("engagements", queryset=Engagement.objects.select_related("offering")),
                "coalitions",
            )
            .filter(diary_number=diary_number)
            .first()
        )

    return cached(PAGES, "public-project", diary_number, compute=compute)


def offerings() -> list[SupportOffering]:
    """The support offerings with their items (translated columns all read), kept like the facets."""
    return cached(
        PAGES, "register-offerings", compute=lambda: list(SupportOffering.objects.prefetch_related("items"))
    )


def projects_by_status(today=None) -> dict[str, int]:
    """How many projects (public or not) are planned, ongoing and completed today, by label."""
    counts = dict(
        EsfProject.objects.with_status(today)
        .values_list("status_now")
        .annotate(n=Count("pk"))
        .values_list("status_now", "n")
    )
    return {label: counts.get(value, 0) for value, label in Status.choices}


def engagements_this_quarter(today: datetime.date) -> int:
    """Engagements running at any time in the current calendar quarter, cancelled ones aside."""
    first_month = 3 * ((today.month - 1) // 3) + 1
    start = datetime.date(today.year, first_month, 1)
    end = (
        datetime.date(today.year + 1, 1, 1)
        if first_month == 10
        else datetime.date(today.year, first_month + 3, 1)
    )
    return (
        Engagement.objects.filter(start_date__lt=end)
        .filter(Q(end_date__isnull=True) | Q(end_date__gte=start))
        .exclude(status=Engagement.Status.CANCELLED)
        .count()
    )


def sitemap_records():
    """Every public project's page key (its diary number in lower case) and last change, for the sitemap."""
    return (
        EsfProject.objects.public()
        .annotate(key=Lower("diary_number"))
        .order_by("pk")
        .values_list("key", "updated")
    )
