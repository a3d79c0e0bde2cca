"""The calendar's views that are not pages; included under every language prefix."""

from django.urls import path

from . import views

app_name = "activities"
urlpatterns = [
    path("events/calendar.ics", views.calendar_feed, name="calendar"),
    path("events/calendar-<str:country>.ics", views.calendar_feed, name="country_calendar"),
    path("events/registrations/<str:token>/", views.registration_detail, name="registration"),
    path("events/registrations/<str:token>/cancel/", views.registration_cancel, name="cancel"),
]
