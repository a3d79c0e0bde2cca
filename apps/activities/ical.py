"""The calendar as iCalendar, per language and per country, written with the icalendar library.

Times keep the time zone the event takes place in (DTSTART;TZID=Europe/Riga), with a VTIMEZONE
for every zone used, so a calendar shows each event at the right hour wherever its reader is.
An event's UID is its stored uuid, so re-importing the feed updates events instead of doubling them.
Events without a date yet are left out: an iCalendar event needs a start.

A calendar always holds at least one component (RFC 5545, 3.6: "calendarcomponent = 1*(...)"),
also while no public event has a date: it then carries the VTIMEZONE of the zone its events take
place in (the country's, or the portal's for the whole calendar). That is a real component with
a meaning, unlike an invented placeholder event, which a reader's calendar would show.
"""

from datetime import timedelta

from icalendar import Calendar, Event, Timezone

from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from .models import Activity

PRODUCT = "-//BuiCaSuS//CCSI portal events//EN"
# The zone events take place in, per country of the consortium (each has one).
COUNTRY_ZONES = {"ES": "Europe/Madrid", "FR": "Europe/Paris", "LV": "Europe/Riga", "SE": "Europe/Stockholm"}


def feed_zone(country: str = "") -> str:
    """The zone of a country's events, or the portal's (the events' default) for the whole calendar."""
    return COUNTRY_ZONES.get(country, settings.TIME_ZONE)


def calendar_ics(activities, *, event_url, language: str, title: str, zone: str | None = None) -> bytes:
    """activities as an iCalendar file in language; event_url(activity) gives each event's page.

    zone (feed_zone() unless given) is the VTIMEZONE a calendar without events carries.
    """
    with translation.override(language):
        calendar = Calendar()
        calendar.add("prodid", PRODUCT)
        calendar.add("version", "2.0")
        calendar.add("calscale", "GREGORIAN")
        calendar.add("x-wr-calname", title)
        earliest = None
        for activity in activities:
            calendar.add_component(_event(activity, event_url(activity)))
            earliest = min(earliest or activity.start, activity.start)
        if earliest is not None:
            # Transitions from a year before the first event are enough, and keep the file small.
            calendar.add_missing_timezones(first_date=(earliest - timedelta(days=366)).date())
        else:
            # No dated event: the feed's zone keeps the calendar a valid one (see the module's note).
            calendar.add_component(
                Timezone.from_tzid(
                    zone or feed_zone(), first_date=(timezone.now() - timedelta(days=366)).date()
                )
            )
        return calendar.to_ical()


def _event(activity: Activity, url: str) -> Event:
    event = Event()
    event.add("uid", f"{activity.uid}@buicasus")
    event.add("dtstamp", activity.updated)
    event.add("last-modified", activity.updated)
    event.add("dtstart", activity.local_start)
    if activity.end:
        event.add("dtend", activity.local_end)
    event.add("summary", activity.title)
    if activity.description:
        event.add("description", activity.description)
    event.add("url", url)
    location = ", ".join(part for part in (activity.venue, activity.address) if part)
    if location or activity.online_url:
        event.add("location", location or activity.online_url)
    work_package = _("WP%(number)s") % {"number": activity.work_package}
    event.add("categories", [str(activity.get_kind_display()), work_package])
    status = {
        Activity.Status.SCHEDULED: "CONFIRMED",
        Activity.Status.POSTPONED: "TENTATIVE",
        Activity.Status.CANCELLED: "CANCELLED",
    }[activity.status]
    event.add("status", status)
    return event


def calendar_title(country_name: str = "") -> str:
    if country_name:
        return _("Events of the Competence Centre for Social Innovation in %(country)s") % {
            "country": country_name
        }
    return _("Events of the Competence Centre for Social Innovation")
