"""django-axes on every login: Wagtail's admin, Django's admin, the partner sign-in and page passwords."""

import pytest

from django.test import Client

from wagtail.models import PageViewRestriction

from tests.helpers import html_of, url_in
from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db

RIGHT = "correct horse battery staple"
ATTACKER = "198.51.100.23"


@pytest.fixture
def staff():
    return UserFactory(email="staff@example.org", is_staff=True, is_superuser=True)


def login(client, url, email, password, address=ATTACKER, **extra):
    return client.post(url, {"username": email, "password": password}, REMOTE_ADDR=address, **extra)


def fail_ten_times(client, url, email, address=ATTACKER, **extra):
    responses = [login(client, url, email, f"wrong guess {n}", address, **extra) for n in range(10)]
    assert all(response.status_code == 200 for response in responses[:9])
    return responses[-1]


@pytest.mark.parametrize("url", ["/admin/login/", "/django-admin/login/"])
def test_ten_wrong_passwords_lock_the_account_and_the_address_out(client, staff, url):
    tenth = fail_ten_times(client, url, staff.email)
    assert tenth.status_code == 429
    html = tenth.content.decode()
    assert "Too many failed attempts" in html
    assert "After 10 wrong passwords" in html
    assert "try again in 30 minutes" in html

    during = login(client, url, staff.email, RIGHT)
    assert during.status_code == 429
    assert "_auth_user_id" not in client.session
    assert client.get("/admin/").status_code == 302

    other = UserFactory(is_staff=True, is_superuser=True)
    assert login(Client(), url, other.email, RIGHT).status_code == 429


def test_the_lockout_page_speaks_the_readers_language(client, staff):
    tenth = fail_ten_times(client, "/admin/login/", staff.email, HTTP_ACCEPT_LANGUAGE="sv")
    assert tenth.status_code == 429
    assert html_of(tenth).html["lang"] == "sv"
    assert "För många misslyckade försök" in tenth.content.decode()
    # A forgotten password is set again by e-mail, in the reader's language, locked out or not.
    reset = html_of(tenth).select_one("#password-reset-link")["href"]
    assert reset.startswith("/sv/")
    assert client.get(reset, REMOTE_ADDR=ATTACKER).status_code == 200


def test_nine_failures_do_not_lock_and_the_right_password_still_works(client, staff):
    for n in range(9):
        login(client, "/admin/login/", staff.email, f"wrong guess {n}")
    response = login(client, "/admin/login/", staff.email, RIGHT)
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200


def test_the_account_still_logs_in_from_another_address(client, staff):
    fail_ten_times(Client(), "/admin/login/", staff.email)
    assert login(client, "/admin/login/", staff.email, RIGHT, address="192.0.2.10").status_code == 302


def test_behind_a_proxy_the_lockout_follows_the_client_header(staff, settings):
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_REAL_IP"
    proxy = "10.0.0.1"
    fail_ten_times(Client(), "/admin/login/", staff.email, address=proxy, HTTP_X_REAL_IP=ATTACKER)
    other = Client()
    response = login(other, "/admin/login/", staff.email, RIGHT, address=proxy, HTTP_X_REAL_IP="192.0.2.11")
    assert response.status_code == 302


def test_a_login_redirects_to_an_existing_page_not_a_missing_profile(client, staff):
    response = client.post("/django-admin/login/", {"username": staff.email, "password": RIGHT})
    assert response.status_code == 302
    response = client.post("/admin/login/", {"username": staff.email, "password": RIGHT})
    assert response["Location"] == "/admin/"
    response = client.post("/en/_util/login/", {"username": staff.email, "password": RIGHT})
    assert response["Location"] == "/en/account/"


def test_wrong_page_passwords_lock_the_address_out(client, case):
    restriction = PageViewRestriction.objects.create(
        page=case, restriction_type=PageViewRestriction.PASSWORD, password="open sesame"
    )
    url = f"/en/_util/authenticate_with_password/{restriction.pk}/{case.pk}/"
    page_url = url_in(case, "en")
    assert client.get(page_url).status_code == 200
    responses = [
        client.post(url, {"password": f"guess {n}", "return_url": page_url}, REMOTE_ADDR=ATTACKER)
        for n in range(10)
    ]
    assert [response.status_code for response in responses] == [200] * 9 + [429]
    assert "Too many failed attempts" in responses[-1].content.decode()

    right = client.post(url, {"password": "open sesame", "return_url": page_url}, REMOTE_ADDR=ATTACKER)
    assert right.status_code == 429

    elsewhere = Client()
    right = elsewhere.post(url, {"password": "open sesame", "return_url": page_url}, REMOTE_ADDR="192.0.2.12")
    assert right.status_code == 302
    assert right["Location"] == page_url
