"""The calendar's views that are not pages; included under every language prefix."""

from django.urls import path
from django.utils.text import format_lazy
from django.utils.translation import pgettext_lazy

from apps.core.web.localized_urls import route
from apps.core.web.url_words import CANCEL

from . import views

# The address's words in the reader's language (context "URL segment" in the catalogues).
CALENDAR = pgettext_lazy("URL segment", "calendar")
EVENTS = pgettext_lazy("URL segment", "events")
CALENDAR_ICS = pgettext_lazy("URL segment", "calendar.ics")
REGISTRATIONS = pgettext_lazy("URL segment", "registrations")

app_name = "activities"
urlpatterns = [
    path(route(EVENTS, CALENDAR_ICS, slash=False), views.calendar_feed, name="calendar"),
    path(
        route(EVENTS, format_lazy("{}-<str:country>.ics", CALENDAR), slash=False),
        views.calendar_feed,
        name="country_calendar",
    ),
    path(route(EVENTS, REGISTRATIONS, "<str:token>"), views.registration_detail, name="registration"),
    path(route(EVENTS, REGISTRATIONS, "<str:token>", CANCEL), views.registration_cancel, name="cancel"),
]
