"""The public events: the calendar's records, each with its page and its calendar's iCalendar feed.

An event is served below the events page at `<slug>/` (apps/activities/models.py), so its
`urls` are the events page's in every language and its slug; `ical_url` is the feed of its
country's calendar in the answer's language (the whole calendar's for an event with no country),
where it stands with its date (an event without a date yet is in no feed, and has none).
"""

import datetime

from django_filters import rest_framework as filters
from django_filters.fields import IsoDateTimeField
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import serializers

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils import timezone

from apps.activities.models import Activity, ActivityIndexPage
from apps.activities.selectors import public_activities
from apps.vocabulary.models import COUNTRIES

from ..bases import PublicReadViewSet
from ..records import SEVERAL, SLUG_PATTERN, RecordPageSerializerMixin
from ..serializers import TranslatedModelSerializer
from .workpackages import PartnerReferenceSerializer, partner_reference


class DateOrDateTimeFilter(filters.Filter):
    """A date (the start of that day in the site's zone) or a date and time (ISO 8601)."""

    class Field(IsoDateTimeField):
        def to_python(self, value):
            if value in self.empty_values:
                return None
            if isinstance(value, str) and len(value.strip()) == 10:
                try:
                    day = datetime.date.fromisoformat(value.strip())
                except ValueError:
                    pass
                else:
                    return timezone.make_aware(datetime.datetime.combine(day, datetime.time.min))
            moment = super().to_python(value)
            if moment is None:
                return None
            if timezone.is_naive(moment):
                moment = timezone.make_aware(moment)
            try:
                # In UTC, as the database compares it: an offset it does not know is no longer one.
                return moment.astimezone(datetime.UTC)
            except OverflowError:
                raise ValidationError(self.error_messages["invalid"], code="invalid") from None

    field_class = Field


class EventFilter(filters.FilterSet):
    starts_after = DateOrDateTimeFilter(
        field_name="start",
        lookup_expr="gte",
        help_text="Events starting at or after this date (YYYY-MM-DD, from its first moment in the "
        "site's time zone) or date and time (ISO 8601). Events without a date yet are left out.",
    )
    country = filters.MultipleChoiceFilter(choices=COUNTRIES, help_text=SEVERAL)
    kind = filters.MultipleChoiceFilter(choices=Activity.Kind.choices, help_text=SEVERAL)
    work_package = filters.MultipleChoiceFilter(
        choices=[(number, f"WP{number}") for number in range(1, 6)],
        help_text=SEVERAL,
    )
    ordering = filters.OrderingFilter(fields=(("start", "start"),), help_text="start or -start.")

    class Meta:
        model = Activity
        fields = ["starts_after", "country", "kind", "work_package"]


class EventSerializer(RecordPageSerializerMixin, TranslatedModelSerializer):
    index_page = ActivityIndexPage

    organiser = serializers.SerializerMethodField()
    support_area = serializers.SlugRelatedField(slug_field="code", read_only=True, allow_null=True)
    theme = serializers.SlugRelatedField(slug_field="code", read_only=True, allow_null=True)
    event_language = serializers.CharField(
        source="language",
        read_only=True,
        help_text="The language the event is held in; blank when not stated.",
    )
    ical_url = serializers.SerializerMethodField(
        help_text="The iCalendar feed holding the event, in the answer's language (null without a date)."
    )

    class Meta:
        model = Activity
        fields = [
            "slug",
            "uid",
            "kind",
            "status",
            "work_package",
            "start",
            "end",
            "time_zone",
            "country",
            "venue",
            "address",
            "online_url",
            "organiser",
            "support_area",
            "theme",
            "capacity",
            "participant_count",
            "registration_open",
            "event_language",
            "ical_url",
        ]
        translated = ("title", "description")
        own_language = "language"

    @extend_schema_field(PartnerReferenceSerializer(allow_null=True))
    def get_organiser(self, obj):
        return partner_reference(obj.organiser)

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_ical_url(self, obj):
        if obj.start is None:
            return None
        if obj.country:
            path = reverse("activities:country_calendar", kwargs={"country": obj.country.lower()})
        else:
            path = reverse("activities:calendar")
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request is not None else path


@extend_schema_view(
    list=extend_schema(summary="The public events"),
    retrieve=extend_schema(summary="A public event, by its slug"),
)
class EventViewSet(PublicReadViewSet):
    """The public calendar's events, soonest first (those without a date last)."""

    serializer_class = EventSerializer
    filterset_class = EventFilter
    lookup_field = "slug"
    lookup_value_regex = SLUG_PATTERN

    def get_queryset(self):
        return public_activities().order_by("start", "pk")


ROUTES = [("events", EventViewSet, "event")]
