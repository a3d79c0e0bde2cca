"""Reads of the calendar: public events, the filtered listing, registrations and participant lists."""

from dataclasses import dataclass
from datetime import date, datetime, time

from django.core.paginator import Page as PaginatorPage
from django.db.models import Count, F, Q, QuerySet
from django.db.models.functions import Coalesce
from django.utils import timezone

from apps.core.listings.pagination import page_of

from .models import Activity, Registration

PER_PAGE = 20
RELATED = ("organiser", "support_area", "theme")


def public_activities() -> QuerySet:
    return Activity.objects.filter(is_public=True).select_related(*RELATED)


def public_activity(slug: str) -> Activity | None:
    if not slug:
        return None
    return public_activities().filter(slug=slug).first()


def _month_bounds(month: date) -> tuple[datetime, datetime]:
    """The month in the site's time zone, as two instants: its first moment and the next month's."""
    following = date(month.year + month.month // 12, month.month % 12 + 1, 1)
    zone = timezone.get_default_timezone()
    return (
        timezone.make_aware(datetime.combine(month, time.min), zone),
        timezone.make_aware(datetime.combine(following, time.min), zone),
    )


def filtered_activities(*, country: str = "", kind: str = "", month: date | None = None) -> QuerySet:
    """Public events matching the filters; with a month, those under way at any time in it."""
    activities = public_activities()
    if country:
        activities = activities.filter(country=country)
    if kind:
        activities = activities.filter(kind=kind)
    if month is not None:
        first, following = _month_bounds(month)
        activities = activities.annotate(ends=Coalesce("end", "start")).filter(
            start__lt=following, ends__gte=first
        )
    return activities


@dataclass
class Calendar:
    upcoming: PaginatorPage
    past: PaginatorPage


def calendar(
    *, country: str = "", kind: str = "", month: date | None = None, page: int = 1, past_page: int = 1
) -> Calendar:
    """Upcoming events soonest first (those without a date last), and past events latest first."""
    activities = filtered_activities(country=country, kind=kind, month=month)
    now = timezone.now()
    ended = Q(end__lt=now) | Q(end__isnull=True, start__lt=now)
    ahead = Q(start__isnull=True) | Q(end__gte=now) | Q(end__isnull=True, start__gte=now)
    upcoming = activities.filter(ahead).order_by(F("start").asc(nulls_last=True), "pk")
    past = activities.filter(ended).order_by("-start", "-pk")
    return Calendar(
        upcoming=page_of(upcoming, page, PER_PAGE),
        past=page_of(past, past_page, PER_PAGE),
    )


def calendar_activities(*, country: str = "") -> QuerySet:
    """The public events with a date, for the iCalendar feeds."""
    activities = public_activities().exclude(start=None)
    if country:
        activities = activities.filter(country=country)
    return activities.order_by("start", "pk")


def registration_counts(activity: Activity) -> dict[str, int]:
    counts = dict(
        activity.registrations.values_list("status").annotate(n=Count("pk")).values_list("status", "n")
    )
    return {status: counts.get(status, 0) for status in Registration.Status.values}


def confirmed_count(activity: Activity) -> int:
    return activity.registrations.filter(status=Registration.Status.CONFIRMED).count()


def is_full(activity: Activity) -> bool:
    """Every place taken (an event without a capacity is never full)."""
    return activity.capacity is not None and confirmed_count(activity) >= activity.capacity


def waiting_list(activity: Activity) -> QuerySet:
    """Who moves up first when a place comes free: the earliest registration on the list."""
    return activity.registrations.filter(status=Registration.Status.WAITLISTED).order_by("created", "pk")


def participants(activity: Activity) -> QuerySet:
    """The participant list staff see and export: confirmed first, then the waiting list in order.

    ("confirmed" sorts before "waitlisted".)
    """
    return (
        activity.registrations.exclude(status=Registration.Status.CANCELLED)
        .order_by("status", "created", "pk")
        # With its event's id: the rows are tied to the event they came from without a query each.
        .only("activity", "name", "email", "organisation", "language", "status", "created", "anonymised")
    )


def registration_for_email(activity: Activity, email: str) -> Registration | None:
    return Registration.objects.filter(activity=activity, email=email).first()


WORK_PACKAGE_LIMIT = 20


def work_package_activities(number: int) -> list[Activity]:
    """A work package's public events for its page, in date order (undated last), at most 20."""
    return list(public_activities().filter(work_package=number)[:WORK_PACKAGE_LIMIT])


def events_page_url(request=None) -> str | None:
    """Where the events are read, for links from other pages: the live events page, if any."""
    from apps.core.selectors import live_public

    from .models import ActivityIndexPage

    page = live_public(ActivityIndexPage.objects.all()).first()
    return page.get_url(request) if page is not None else None


def upcoming_with_registrations(now, limit: int = 10) -> list[Activity]:
    """The next events, each with its confirmed and waiting registrations counted in one query."""
    return list(
        Activity.objects.filter(start__gte=now)
        .annotate(
            confirmed=Count("registrations", filter=Q(registrations__status=Registration.Status.CONFIRMED)),
            waiting=Count("registrations", filter=Q(registrations__status=Registration.Status.WAITLISTED)),
        )
        .order_by("start", "pk")[:limit]
    )


def sitemap_records():
    """Every public event's slug and last change, for the sitemap (each is served below the events page)."""
    return Activity.objects.filter(is_public=True).order_by("pk").values_list("slug", "updated")
