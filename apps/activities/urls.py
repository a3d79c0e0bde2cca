"""The calendar's views that are not pages; included under every language prefix."""

from django.urls import path
from django.utils.text import format_lazy

from apps.core.localized_urls import route, segment

from . import views

app_name = "activities"
urlpatterns = [
    path(route("events", "calendar.ics", slash=False), views.calendar_feed, name="calendar"),
    path(
        route("events", format_lazy("{}-<str:country>.ics", segment("calendar")), slash=False),
        views.calendar_feed,
        name="country_calendar",
    ),
    path(route("events", "registrations", "<str:token>"), views.registration_detail, name="registration"),
    path(route("events", "registrations", "<str:token>", "cancel"), views.registration_cancel, name="cancel"),
]
