"""Reads of the register: the filtered list, its facets, a public project and its engagements."""

from django.core.paginator import Paginator
from django.db.models import Prefetch, Q

from .forms import RegisterQuery
from .models import DIARY_NUMBER, Engagement, EsfProject, ProjectPartner, SupportOffering

PER_PAGE = 20


def facets() -> dict:
    """The values the register's filters offer: those its public projects hold."""
    public = EsfProject.objects.public()

    def values(field):
        return list(public.order_by(field).values_list(field, flat=True).distinct())

    return {
        "fund": values("fund"),
        "area": values("programme_area"),
        "region": values("region"),
        "offering": list(SupportOffering.objects.values_list("number", flat=True)),
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
        ("status_now", query.status),
    ):
        if value:
            projects = projects.filter(**{field: value})
    if query.offering:
        projects = projects.filter(
            pk__in=Engagement.objects.filter(offering__number=query.offering).values("project_id")
        )
    return projects.order_by("-start_date", "diary_number")


def register_page(query: RegisterQuery):
    return Paginator(
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
        PER_PAGE,
    ).get_page(query.page)


def public_project(slug: str) -> EsfProject | None:
    """The public project whose diary number is slug (in any case), with what its page shows."""
    diary_number = slug.upper()
    if not DIARY_NUMBER.match(diary_number):
        return None
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


def offerings():
    return SupportOffering.objects.prefetch_related("items")
