"""Events of the project: conferences, workshops, round tables, study visits and mentoring sessions.

An activity is one record, edited by staff as a snippet with revisions; the public calendar
shows it on a route of the events page (no page per activity, so its text lives in one place).
Times are stored as instants and shown in the time zone the event takes place in.
"""

import secrets
import uuid
import zoneinfo
from datetime import timedelta
from functools import cache

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.text import slugify
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, FieldRowPanel, MultiFieldPanel
from wagtail.models import RevisionMixin

from apps.core.fields import (
    created_stamp,
    demo_marker,
    language_field,
    optional_foreign_key,
    public_flag,
    revisions_relation,
    updated_stamp,
)
from apps.core.web.record_pages import RecordIndexPage
from apps.partners.models import Organisation
from apps.vocabulary.models import COUNTRIES, SupportArea, Theme


def _work_package_label(number: int) -> str:
    return gettext("WP%(number)s") % {"number": number}


# "AP2" in Swedish, "DP2" in Latvian: the label is made in the language of whoever reads it.
WORK_PACKAGES = [(number, lazy(_work_package_label, str)(number)) for number in range(1, 6)]
# Paths below the events page that are not events.
RESERVED_SLUGS = ("calendar", "registrations")


@cache
def _zone_names() -> frozenset[str]:
    return frozenset(zoneinfo.available_timezones())


def validate_time_zone(value: str) -> None:
    if value not in _zone_names():
        raise ValidationError(
            _("“%(value)s” is not a time zone such as Europe/Riga."), params={"value": value}
        )


class ActivityAdminForm(WagtailAdminModelForm):
    """Start and end are typed as the clock reads where the event takes place.

    Without this, the admin would read them in the editor's own time zone: 10:00 typed in
    Stockholm for an event in Riga would become 11:00 in Riga.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        zone = self._zone(self.instance.time_zone)
        current = timezone.get_current_timezone()
        for name in ("start", "end"):
            value = getattr(self.instance, name, None)
            if value is not None and zone is not None:
                self.initial[name] = value.astimezone(zone).replace(tzinfo=current)

    @staticmethod
    def _zone(name):
        try:
            return zoneinfo.ZoneInfo(name) if name in _zone_names() else None
        except (ValueError, zoneinfo.ZoneInfoNotFoundError):
            return None

    def clean(self):
        cleaned = super().clean()
        zone = self._zone(cleaned.get("time_zone") or "")
        if zone is not None:
            current = timezone.get_current_timezone()
            for name in ("start", "end"):
                value = cleaned.get(name)
                if value is not None:
                    wall_clock = value.astimezone(current).replace(tzinfo=None)
                    cleaned[name] = timezone.make_aware(wall_clock, zone)
        return cleaned


class Activity(RevisionMixin, models.Model):
    """One event of a work package, public or internal, with or without registration."""

    class Kind(models.TextChoices):
        CONFERENCE = "conference", _("Conference")
        WORKSHOP = "workshop", _("Workshop")
        ROUNDTABLE = "roundtable", _("Round table")
        STUDY_VISIT = "study_visit", _("Study visit")
        MENTORING = "mentoring_session", _("Mentoring session")

    class Status(models.TextChoices):
        SCHEDULED = "scheduled", pgettext_lazy("event status", "Scheduled")
        POSTPONED = "postponed", pgettext_lazy("event status", "Postponed")
        CANCELLED = "cancelled", pgettext_lazy("event status", "Cancelled")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    title = models.CharField(_("title"), max_length=255)
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        unique=True,
        blank=True,
        help_text=_("The event's address below the events page; made from the English title when empty."),
    )
    description = models.TextField(_("description"), blank=True)
    work_package = models.PositiveSmallIntegerField(_("work package"), choices=WORK_PACKAGES)
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.SCHEDULED)
    start = models.DateTimeField(
        _("start"), null=True, blank=True, help_text=_("Empty while the date is to be announced.")
    )
    end = models.DateTimeField(_("end"), null=True, blank=True)
    time_zone = models.CharField(
        _("time zone"),
        max_length=64,
        default=settings.TIME_ZONE,
        validators=[validate_time_zone],
        help_text=_("Where the event takes place, e.g. Europe/Riga; start and end are typed in its time."),
    )
    country = models.CharField(_("country"), max_length=2, choices=COUNTRIES, blank=True)
    venue = models.CharField(_("venue"), max_length=255, blank=True)
    address = models.CharField(_("address"), max_length=255, blank=True)
    online_url = models.URLField(_("online link"), blank=True)
    language = language_field(blank=True)
    organiser = optional_foreign_key(Organisation, related_name="activities", verbose_name=_("organiser"))
    support_area = optional_foreign_key(
        SupportArea, related_name="activities", verbose_name=_("core support area")
    )
    theme = optional_foreign_key(Theme, related_name="activities", verbose_name=_("thematic area"))
    capacity = models.PositiveIntegerField(
        _("capacity"), null=True, blank=True, help_text=_("Empty: no limit of places.")
    )
    participant_count = models.PositiveIntegerField(
        _("participants"), null=True, blank=True, help_text=_("How many took part, once the event is over.")
    )
    is_public = public_flag(_("Shown in the public calendar."), default=True)
    registration_open = models.BooleanField(_("registration open"), default=False)
    # Stable across exports and hosts: calendars recognise an event by it.
    uid = models.UUIDField(default=uuid.uuid4, unique=True, editable=False)
    is_demo = demo_marker()
    created = created_stamp()
    updated = updated_stamp()
    _revisions = revisions_relation("activity")

    base_form_class = ActivityAdminForm
    panels = [
        FieldRowPanel([FieldPanel("kind"), FieldPanel("work_package"), FieldPanel("status")]),
        FieldPanel("title"),
        FieldPanel("slug"),
        FieldPanel("description"),
        MultiFieldPanel([FieldPanel("start"), FieldPanel("end"), FieldPanel("time_zone")], heading=_("When")),
        MultiFieldPanel(
            [FieldPanel("country"), FieldPanel("venue"), FieldPanel("address"), FieldPanel("online_url")],
            heading=_("Where"),
        ),
        FieldPanel("language"),
        FieldPanel("organiser"),
        FieldRowPanel([FieldPanel("support_area"), FieldPanel("theme")]),
        MultiFieldPanel(
            [
                FieldPanel("is_public"),
                FieldPanel("registration_open"),
                FieldPanel("capacity"),
                FieldPanel("participant_count"),
            ],
            heading=_("Audience"),
        ),
    ]

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")
        ordering = [models.F("start").asc(nulls_last=True), "pk"]
        indexes = [models.Index(fields=["is_public", "start"], name="activity_public_by_start")]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(start__isnull=False, end__gte=models.F("start")),
                name="activity_ends_after_it_starts",
            )
        ]

    def __str__(self):
        return self.title

    def save(self, *args, **kwargs):
        if not self.slug:
            base = slugify(getattr(self, "title_en", "") or self.title)[:70].strip("-") or "event"
            slug, number = base, 1
            while Activity.objects.filter(slug=slug).exclude(pk=self.pk).exists() or slug in RESERVED_SLUGS:
                number += 1
                slug = f"{base}-{number}"
            self.slug = slug
        super().save(*args, **kwargs)

    def clean(self):
        super().clean()
        errors = {}
        if self.end and not self.start:
            errors["start"] = _("Give the start as well, or neither while the date is to be announced.")
        elif self.start and self.end and self.end < self.start:
            errors["end"] = _("The event cannot end before it starts.")
        if self.slug in RESERVED_SLUGS:
            errors["slug"] = _("This address is used by the calendar; choose another.")
        if errors:
            raise ValidationError(errors)

    @property
    def zone(self) -> zoneinfo.ZoneInfo:
        return zoneinfo.ZoneInfo(self.time_zone)

    @property
    def local_start(self):
        return self.start.astimezone(self.zone) if self.start else None

    @property
    def local_end(self):
        return self.end.astimezone(self.zone) if self.end else None

    @property
    def date_to_be_announced(self) -> bool:
        return self.start is None

    @property
    def is_online(self) -> bool:
        return bool(self.online_url) and not (self.venue or self.address)

    @property
    def is_past(self) -> bool:
        ends = self.end or self.start
        return ends is not None and ends < timezone.now()

    @property
    def accepts_registrations(self) -> bool:
        return (
            self.is_public
            and self.registration_open
            and self.status == self.Status.SCHEDULED
            and not self.is_past
        )


# How long a registration waits for its address to be confirmed before it lapses.
PENDING_HOURS = 48


def new_registration_token() -> str:
    return secrets.token_urlsafe(32)


class Registration(models.Model):
    """A person's registration for an event: a place, or a place on the waiting list.

    It starts "pending": the only e-mail sent is the link that confirms the address, with the
    event's own text and nothing the registrant typed. A pending registration holds no place
    and lapses after PENDING_HOURS; confirming it decides between a place and the waiting list.
    The token of its links is random, new at each registration, and only ever e-mailed.

    The e-mail address is kept normalised (trimmed, lower case), so one address registers once
    per event. After the retention period the personal data is blanked and the row kept, so the
    counts stay.
    """

    class Status(models.TextChoices):
        PENDING = "pending", pgettext_lazy("registration status", "Awaiting confirmation of the address")
        CONFIRMED = "confirmed", pgettext_lazy("registration status", "Confirmed")
        WAITLISTED = "waitlisted", pgettext_lazy("registration status", "On the waiting list")
        CANCELLED = "cancelled", pgettext_lazy("registration status", "Cancelled")

    activity = models.ForeignKey(
        Activity, on_delete=models.PROTECT, related_name="registrations", verbose_name=_("event")
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail address"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    language = language_field()
    status = models.CharField(_("status"), max_length=12, choices=Status.choices)
    created = models.DateTimeField(_("registered"), default=timezone.now)
    promoted = models.DateTimeField(_("moved up from the waiting list"), null=True, blank=True)
    cancelled = models.DateTimeField(_("cancelled"), null=True, blank=True)
    anonymised = models.DateTimeField(_("personal data removed"), null=True, blank=True)
    token = models.CharField(
        _("token of the links"), max_length=64, unique=True, default=new_registration_token, editable=False
    )
    received_without_rate_limit = models.BooleanField(
        _("received while rate limits were off"), default=False, editable=False
    )

    class Meta:
        verbose_name = _("registration")
        verbose_name_plural = _("registrations")
        ordering = ["activity", "created", "pk"]
        constraints = [
            models.UniqueConstraint(
                fields=["activity", "email"], condition=~Q(email=""), name="one_registration_per_address"
            )
        ]
        indexes = [models.Index(fields=["activity", "status", "created"], name="registration_queue")]

    def __str__(self):
        return self.name or str(_("Anonymised registration"))

    def status_change_error(self, status: str, *, full: bool) -> str | None:
        """Why staff may not change this registration's status to status; None if they may.

        full: whether the event's places are all taken. A place is given while one is free
        and taken back only by cancelling, so the waiting list moves up in order.
        """
        S = self.Status
        if status == self.status:
            return None
        if status == S.PENDING:
            return _("Only a new registration awaits the confirmation of its address.")
        if self.status == S.CANCELLED:
            return _("A cancelled registration stays cancelled: the person can register again.")
        if status == S.CANCELLED:
            return None
        if status == S.CONFIRMED:
            if full:
                return _("The event is full: raise its capacity or cancel a confirmed registration first.")
            return None
        if self.status == S.PENDING:
            return _("Its address is not confirmed yet: confirm it or cancel it.")
        return _("A confirmed registration does not go back to the waiting list: cancel it instead.")

    @property
    def pending_expired(self) -> bool:
        return self.status == self.Status.PENDING and self.created < timezone.now() - timedelta(
            hours=PENDING_HOURS
        )


class ActivityIndexPage(RecordIndexPage):
    """The public calendar: upcoming and past public events, and each event on a route below it.

    It has no child pages (an event is a record, shown at `<slug>/`), so it needs no
    ChildBySlugMixin: an event is found with one indexed query on its slug.
    """

    record_selector = "public_activity"
    index_view = "activity_index_serve"
    record_view = "activity_serve"

    class Meta:
        verbose_name = _("events page")

    def find_record(self, request, key):
        activity = super().find_record(request, key)
        if activity is not None:
            # Kept for serve_csrf_failure, which Wagtail calls with the request alone.
            request.activity_slug = activity.slug
        return activity

    def serve_csrf_failure(self, request):
        from . import views
        from .selectors import public_activity

        activity = public_activity(getattr(request, "activity_slug", ""))
        return views.activity_csrf_failure(request, self, activity) if activity else None
