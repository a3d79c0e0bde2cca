"""A reader registers in Latvian for an evening event in Riga and confirms from the e-mailed link;
the page and both e-mails give the Riga clock and name the zone in Latvian."""

import re
from datetime import datetime, timedelta
from urllib.parse import urlparse
from zoneinfo import ZoneInfo

import pytest

from django.core import mail
from django.utils import timezone

from tests.e2e.helpers import committed_event

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

RIGA = ZoneInfo("Europe/Riga")


@pytest.fixture
def evening_event():
    day = (timezone.now() + timedelta(days=20)).astimezone(RIGA).date()
    starts = datetime(day.year, day.month, day.day, 21, 0, tzinfo=RIGA)
    yield from committed_event(
        title="Vakara sarunas Rīgā",
        kind="roundtable",
        work_package=5,
        start=starts,
        end=starts + timedelta(hours=2),
        venue="Rīgas Latviešu biedrības nams",
    )


def test_a_latvian_reader_is_told_the_riga_time_on_the_page_and_in_the_email(page, portal_url, evening_event):
    mail.outbox = []
    page.goto(f"{portal_url}/lv/pasakumi/{evening_event.slug}/")
    assert "21:00" in page.locator(".event__facts").inner_text()
    assert "(Laika josla: Latvija)" in page.locator(".event__facts").inner_text()

    page.fill("#id_name", "Ilze Bērziņa")
    page.fill("#id_email", "ilze.vakars@example.lv")
    assert page.locator("#id_language").input_value() == "lv"
    page.locator("#register button[type=submit]").click()
    page.locator("#registration-status[data-status=pending]").wait_for()

    # The e-mail's link, opened and confirmed there.
    (link,) = [message for message in mail.outbox if message.to == ["ilze.vakars@example.lv"]]
    assert "21:00 – 23:00 (Laika josla: Latvija)" in link.body
    path = urlparse(re.search(r"https?://\S+/registracijas/\S+/", link.body)[0]).path
    page.goto(f"{portal_url}{path}")
    page.locator("#confirm-form button[type=submit]").click()
    page.locator("#registration-status[data-status=confirmed]").wait_for()
    assert "(Laika josla: Latvija)" in page.locator("main").inner_text()

    (message,) = [
        message for message in mail.outbox if message.to == ["ilze.vakars@example.lv"] and message is not link
    ]
    assert "Kad: " in message.body
    assert "21:00 – 23:00 (Laika josla: Latvija)" in message.body
    assert "21:00 – 23:00 (Laika josla: Latvija)" in message.alternatives[0][0]
    assert "Europe/Riga" not in message.body
    assert page.csp_violations == []
