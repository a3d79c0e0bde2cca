"""A reset asked of the running portal, whose requests run in no transaction of the tests': the
request opens its own, so the event is sent and its row written (no EventOutsideTransaction)."""

import http.cookiejar
import urllib.parse
import urllib.request

import pytest
from bs4 import BeautifulSoup

from apps.notifications.models import Notification
from tests.e2e.helpers import committed

pytestmark = pytest.mark.django_db

RESET = "/en/account/password/reset/"
ADDRESS = "served-reset@example.org"


def rows() -> int:
    return Notification.objects.filter(email=ADDRESS, template="password_reset").count()


def test_a_reset_asked_of_the_running_portal_is_written_to_the_outbox(portal_url):
    opener = urllib.request.build_opener(urllib.request.HTTPCookieProcessor(http.cookiejar.CookieJar()))
    with opener.open(portal_url + RESET, timeout=30) as answer:
        token = BeautifulSoup(answer.read(), "html.parser").select_one("[name=csrfmiddlewaretoken]")["value"]
    body = urllib.parse.urlencode({"csrfmiddlewaretoken": token, "email": ADDRESS}).encode()
    try:
        with opener.open(portal_url + RESET, data=body, timeout=30) as answer:
            assert answer.status == 200
            assert answer.url != portal_url + RESET  # redirected to the page saying it was sent
        assert committed(rows) == 1
    finally:
        committed(lambda: Notification.objects.filter(email=ADDRESS).delete())
