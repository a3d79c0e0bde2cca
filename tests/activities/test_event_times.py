"""An event's time, wherever it is shown, is the clock where the event takes place, with its zone
named in the reader's language; files carry the offset.

The event starts at 21:00 in Riga on 5 March 2030 (UTC+2): 20:00 on the site's own clock
(Stockholm) and 19:00 UTC, so a time in the wrong zone shows.
"""

import csv
import io
from datetime import UTC, datetime, timedelta

import pytest

from django.core import mail
from django.urls import reverse
from django.utils import timezone

from apps.activities import services
from apps.activities.models import Registration
from apps.notifications.models import Notification
from tests.activities.factories import RIGA, ActivityFactory, RegistrationFactory
from tests.activities.helpers import event_url, person, register_and_confirm
from tests.helpers import html_of, text_of

pytestmark = pytest.mark.django_db

EVENING = datetime(2030, 3, 5, 21, 0, tzinfo=RIGA)
ZONE_NAMES = {
    "en": "Latvia Time",
    "lv": "Laika josla: Latvija",
    "fr": "heure : Lettonie",
    "sv": "Lettlandtid",
}


@pytest.fixture
def evening_in_riga():
    return ActivityFactory(
        title="Vakara diskusija", capacity=1, start=EVENING, end=EVENING + timedelta(hours=2)
    )


def messages_by_template(activity, first_language, second_language, capture):
    """The four registration e-mails: the first person's confirmation and cancellation, the second's
    place on the waiting list and promotion. (The links that confirmed the addresses are not
    sent once the addresses are confirmed, as here before the callbacks run.)"""
    with capture(execute=True):
        first = register_and_confirm(activity=activity, data=person(1, language=first_language)).registration
        register_and_confirm(activity=activity, data=person(2, language=second_language))
        services.registration_cancel(registration=first)
    by_id = {int(message.extra_headers["X-Notification-Id"]): message for message in mail.outbox}
    rows = Notification.objects.filter(pk__in=by_id)
    return {row.template: (row.language, by_id[row.pk]) for row in rows}


@pytest.mark.parametrize(("first_language", "second_language"), [("lv", "en"), ("en", "lv")])
def test_every_registration_email_gives_the_riga_time_and_names_the_zone_in_the_readers_language(
    evening_in_riga, first_language, second_language, django_capture_on_commit_callbacks
):
    messages = messages_by_template(
        evening_in_riga, first_language, second_language, django_capture_on_commit_callbacks
    )
    assert set(messages) == {
        "registration_confirmed",
        "registration_waitlisted",
        "registration_cancelled",
        "registration_promoted",
    }
    for template, (language, message) in messages.items():
        html = message.alternatives[0][0]
        for part in (message.body, html):
            assert "21:00 – 23:00" in part, (template, language)
            assert f"({ZONE_NAMES[language]})" in part, (template, language)
            assert "20:00" not in part and "19:00" not in part
            assert "Europe/Riga" not in part


def test_the_latvian_confirmation_reads_as_latvian(evening_in_riga, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        register_and_confirm(activity=evening_in_riga, data=person(1, language="lv"))
    (message,) = mail.outbox
    assert "Kad: 2030. gada 5. marts, 21:00 – 23:00 (Laika josla: Latvija)" in message.body


def test_a_summer_event_in_riga_is_still_told_at_its_own_clock(django_capture_on_commit_callbacks):
    summer = datetime(2030, 7, 2, 9, 30, tzinfo=RIGA)
    activity = ActivityFactory(start=summer, end=summer + timedelta(hours=1))
    with django_capture_on_commit_callbacks(execute=True):
        register_and_confirm(activity=activity, data=person(1, language="en"))
    assert "09:30 – 10:30 (Latvia Time)" in mail.outbox[0].body


def test_the_public_page_names_the_zone_in_the_readers_language(client, evening_in_riga):
    for language in ("en", "lv", "fr", "sv"):
        response = client.get(event_url(evening_in_riga, language))
        facts = text_of(response, ".event__facts")
        assert f"({ZONE_NAMES[language]})" in facts
        assert "Europe/Riga" not in facts
        start = html_of(response).select_one(".event__facts time")
        assert start["datetime"] == "2030-03-05T21:00:00+02:00"
        assert start.get_text().endswith("21:00")


def test_the_participants_csv_writes_registration_moments_with_the_events_offset(
    admin_client, evening_in_riga
):
    winter = RegistrationFactory(
        activity=evening_in_riga,
        name="Winter",
        email="winter@example.lv",
        created=datetime(2030, 1, 10, 19, 0, tzinfo=UTC),
    )
    RegistrationFactory(
        activity=evening_in_riga,
        name="Summer",
        email="summer@example.lv",
        status=Registration.Status.WAITLISTED,
        created=datetime(2029, 8, 10, 19, 0, tzinfo=UTC),
    )
    response = admin_client.get(reverse("activities_participants_csv", args=[evening_in_riga.pk]))
    rows = list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))
    registered = {row[0]: row[5] for row in rows[1:]}
    assert registered == {"Winter": "2030-01-10T21:00:00+02:00", "Summer": "2029-08-10T22:00:00+03:00"}
    assert datetime.fromisoformat(registered["Winter"]) == winter.created

    page = admin_client.get(reverse("activities_participants", args=[evening_in_riga.pk]))
    assert "21:00 (Latvia Time)" in page.content.decode()


def test_the_dashboard_shows_an_upcoming_event_at_its_own_clock(admin_client):
    tomorrow = timezone.now().astimezone(RIGA).date() + timedelta(days=1)
    start = datetime(tomorrow.year, tomorrow.month, tomorrow.day, 21, 0, tzinfo=RIGA)
    ActivityFactory(title="Dashboard evening in Riga", start=start, end=start + timedelta(hours=1))
    page = html_of(admin_client.get("/admin/"))
    row = next(
        row for row in page.select("tr.upcoming-event") if "Dashboard evening in Riga" in row.get_text()
    )
    when = row.select_one("time")
    assert when.get_text().endswith("21:00 (Latvia Time)")
    assert when["datetime"] == start.isoformat()


def test_the_admin_listings_show_the_events_clock(admin_client, evening_in_riga):
    register_and_confirm(activity=evening_in_riga, data=person(1, name="Listed person"))
    events = admin_client.get(reverse("wagtailsnippets_activities_activity:list")).content.decode()
    assert "21:00 (Latvia Time)" in events
    registrations = admin_client.get(reverse("wagtailsnippets_activities_registration:list"))
    assert "(Latvia Time)" in registrations.content.decode()
