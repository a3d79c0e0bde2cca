"""The password-reset link: built from the portal's address, sent through the outbox, the same
answer for every address, and few mails per recipient whoever asks."""

import re

import pytest

from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext

from apps.notifications.models import Kind, Notification
from apps.notifications.services.outbox import outbox_sweep
from tests.notifications.conftest import smtp  # noqa: F401 - the SMTP server fixture
from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db

RESET = "/en/account/password/reset/"


@pytest.fixture
def partner():
    return UserFactory(email="ana@example.org", preferred_language="lv")


def ask(client, email, capture, address="10.8.0.1", **extra):
    with capture(execute=True):
        return client.post(RESET, {"email": email}, REMOTE_ADDR=address, **extra)


@pytest.mark.parametrize("host", ["other.example", "portal.example:8443", "127.0.0.1:9999"])
def test_the_link_is_built_from_the_portals_address_whatever_the_host(
    client, partner, settings, django_capture_on_commit_callbacks, host
):
    settings.ALLOWED_HOSTS = ["portal.example", "other.example", "127.0.0.1"]
    settings.NOTIFICATIONS_BASE_URL = "https://portal.example"
    response = ask(client, partner.email, django_capture_on_commit_callbacks, HTTP_HOST=host)
    assert response.status_code == 302
    (message,) = mail.outbox
    links = re.findall(r"https?://\S+", message.body)
    portal = "https://portal.example/lv/konts/parole/atjaunot/"
    assert links and all(link.startswith(portal) for link in links)
    assert host not in message.body and host not in message.alternatives[0][0]


def test_with_the_mail_server_failing_the_link_waits_in_the_outbox_and_goes_on_retry(
    client,
    partner,
    smtp,  # noqa: F811 - the fixture imported above
    django_capture_on_commit_callbacks,
):
    smtp.failures = 1
    ask(client, partner.email, django_capture_on_commit_callbacks)
    (row,) = Notification.objects.filter(email=partner.email, template="password_reset")
    assert row.status == Notification.Status.PENDING and row.attempts == 1
    assert smtp.messages == []

    Notification.objects.filter(pk=row.pk).update(next_attempt=None)
    assert outbox_sweep() == {"sent": 1}
    (message,) = smtp.wait_for(1)
    assert message["To"] == partner.email
    assert "/lv/konts/parole/atjaunot/" in message.get_body(("plain",)).get_content()


def test_known_and_unknown_addresses_get_the_same_answer_after_the_same_work(
    partner, django_capture_on_commit_callbacks
):
    answers, queries = [], []
    # One request first, so that what the first request of a process caches is not counted.
    Client().post(RESET, {"email": "warm@example.org"}, REMOTE_ADDR="10.8.1.9")
    for number, email in enumerate([partner.email, "nobody@example.org"]):
        with CaptureQueriesContext(connection) as captured:
            with django_capture_on_commit_callbacks(execute=False):
                response = Client().post(RESET, {"email": email}, REMOTE_ADDR=f"10.8.1.{number}")
        answers.append((response.status_code, response["Location"], response.content))
        queries.append(len(captured.captured_queries))
    assert answers[0] == answers[1]
    assert queries[0] == queries[1]
    # Both are written to the outbox; only the address of an account is sent a link.
    assert Notification.objects.filter(template="password_reset").count() == 3


def test_reset_mails_to_one_address_are_limited_whoever_asks(partner, django_capture_on_commit_callbacks):
    capture = django_capture_on_commit_callbacks
    answers = {
        ask(Client(), partner.email, capture, address=f"10.9.0.{number}")["Location"] for number in range(8)
    }
    assert answers == {"/en/account/password/reset/sent/"}
    assert len(mail.outbox) == 3


def test_the_reset_mail_is_the_accounts_own_and_offers_no_unsubscribing(
    client, partner, django_capture_on_commit_callbacks
):
    """A password reset is no list: no unsubscribe header or link, and its kind reads in words."""
    ask(client, partner.email, django_capture_on_commit_callbacks)
    (message,) = mail.outbox
    assert "List-Unsubscribe" not in message.extra_headers
    assert "unsubscribe" not in message.body.lower()
    row = Notification.objects.get(email=partner.email, template="password_reset")
    assert row.kind == Kind.ACCOUNT and row.get_kind_display() == "Your account"
