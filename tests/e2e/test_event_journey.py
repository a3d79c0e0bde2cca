"""Two readers register for the last place of an event in a real browser, each confirming from the
e-mailed link; one cancels, the other moves up."""

import re
from datetime import timedelta
from urllib.parse import urlparse

import pytest

from django.core import mail
from django.utils import timezone

from tests.e2e.helpers import committed_event

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]


@pytest.fixture
def event():
    starts = timezone.now() + timedelta(days=20)
    yield from committed_event(
        title="Pieredzes apmaiņas vizīte Valmierā",
        kind="study_visit",
        work_package=3,
        start=starts,
        end=starts + timedelta(hours=5),
        venue="Valmiera",
        capacity=1,
    )


def register(page, url, name, email):
    """Register, then confirm from the link the e-mail brings; the registration's status."""
    page.goto(url)
    page.fill("#id_name", name)
    page.fill("#id_email", email)
    page.locator("#register button[type=submit]").click()
    page.locator("#registration-status[data-status=pending]").wait_for()
    # The page that answers the form has no link to the registration: only the e-mail has.
    assert page.locator("a[href*='/registracijas/']").count() == 0
    (message,) = [message for message in mail.outbox if message.to == [email]]
    assert name not in message.body and name not in message.subject
    link = urlparse(re.search(r"https?://\S+/registracijas/\S+/", message.body)[0]).path
    page.goto(url.split("/lv/")[0] + link)
    page.locator("#confirm-form button[type=submit]").click()
    page.wait_for_url(re.compile(r"/lv/pasakumi/registracijas/[^/]+/$"))
    page.locator("#registration-status:not([data-status=pending])").wait_for()
    return page.locator("#registration-status").get_attribute("data-status")


def test_the_last_place_a_waiting_list_and_a_cancellation(browser, portal_url, event):
    mail.outbox = []
    url = f"{portal_url}/lv/pasakumi/{event.slug}/"
    first = browser.new_context().new_page()
    second = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    violations = []
    for reader in (first, second):
        reader.on(
            "console",
            lambda message: (
                violations.append(message.text) if "Content Security Policy" in message.text else None
            ),
        )

    assert register(first, url, "Ilze Bērziņa", "ilze@example.lv") == "confirmed"
    # The language of the page is the one chosen by default in the form.
    second.goto(url)
    assert second.locator("#id_language").input_value() == "lv"
    assert register(second, url, "Jānis Kalniņš", "janis@example.lv") == "waitlisted"

    first.locator("#cancel-link").click()
    first.locator("main form button[type=submit]").click()
    assert first.locator("#registration-status").get_attribute("data-status") == "cancelled"

    second.reload()
    assert second.locator("#registration-status").get_attribute("data-status") == "confirmed"
    assert violations == []
    for reader in (first, second):
        reader.context.close()
