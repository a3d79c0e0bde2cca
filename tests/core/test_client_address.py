"""The client's address that lockouts and rate limits count: IPv6 by its /64, bad headers ignored."""

import logging

import pytest

from django.test import Client, RequestFactory

from apps.core.web.client import client_address, is_local
from apps.core.web.rate_limits import form_rate_check
from tests.users.factories import UserFactory

RIGHT = "correct horse battery staple"
# One household's or one rented server's /64.
NETWORK = "2001:db8:4:7"


def request_from(address: str = "192.0.2.1", **meta):
    return RequestFactory().post("/form/", REMOTE_ADDR=address, **meta)


def test_ipv6_addresses_of_one_64_are_one_client():
    first = client_address(request_from(f"{NETWORK}::1"))
    assert first == f"{NETWORK}::"
    assert client_address(request_from(f"{NETWORK}:ffff:ffff:ffff:fffe")) == first
    assert client_address(request_from(f"{NETWORK.upper()}:0:0:0:abcd")) == first
    assert client_address(request_from("2001:db8:4:8::1")) != first


def test_the_ipv6_prefix_is_a_setting(settings):
    settings.CLIENT_IPV6_PREFIX = 56
    assert client_address(request_from("2001:db8:4:7::1")) == client_address(request_from("2001:db8:4:8::1"))


def test_ipv4_addresses_stay_whole():
    assert client_address(request_from("192.0.2.1")) == "192.0.2.1"
    assert client_address(request_from("192.0.2.2")) == "192.0.2.2"
    # An IPv4 client seen through an IPv6 socket is that IPv4 client, not a /64.
    assert client_address(request_from("::ffff:192.0.2.3")) == "192.0.2.3"


def test_behind_a_proxy_the_header_is_masked_too(settings):
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_FORWARDED_FOR"
    request = request_from("10.0.0.1", HTTP_X_FORWARDED_FOR=f"198.51.100.1, {NETWORK}::99")
    assert client_address(request) == f"{NETWORK}::"


def test_this_machine_over_ipv6_is_still_local():
    assert is_local(request_from("::1"))
    assert not is_local(request_from(f"{NETWORK}::1"))


def test_one_64_is_rate_limited_as_one_client():
    requests = [request_from(f"{NETWORK}::{number:x}") for number in range(1, 52)]
    results = [form_rate_check(request, group="ipv6-form").limited for request in requests]
    assert results == [False] * 50 + [True]
    assert form_rate_check(request_from("2001:db8:4:8::1"), group="ipv6-form").limited is False


def test_one_ipv4_address_does_not_hold_up_its_neighbour():
    for _ in range(51):
        form_rate_check(request_from("192.0.2.50"), group="ipv4-form")
    assert form_rate_check(request_from("192.0.2.51"), group="ipv4-form").limited is False


@pytest.mark.django_db
def test_forty_wrong_passwords_from_one_64_lock_the_account_out():
    staff = UserFactory(email="staff@example.org", is_staff=True, is_superuser=True)
    for number in range(1, 41):
        # A fresh client (no cookie) and a fresh address of the same /64 every time.
        Client().post(
            "/admin/login/",
            {"username": staff.email, "password": f"guess {number}"},
            REMOTE_ADDR=f"{NETWORK}::{number:x}",
        )
    client = Client()
    response = client.post(
        "/admin/login/", {"username": staff.email, "password": RIGHT}, REMOTE_ADDR=f"{NETWORK}::dead:beef"
    )
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session
    # Another network is not locked out.
    elsewhere = {"username": staff.email, "password": RIGHT}
    assert Client().post("/admin/login/", elsewhere, REMOTE_ADDR="2001:db8:5::1").status_code == 302


@pytest.mark.parametrize("value", ["garbage", "1.2.3.4, evil", "", "999.1.1.1", "1.2.3.4\x00", "::g"])
def test_a_header_that_is_no_address_falls_back_to_remote_addr_and_is_logged(settings, caplog, value):
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_FORWARDED_FOR"
    with caplog.at_level(logging.WARNING, logger="apps.core.web.client"):
        address = client_address(request_from("203.0.113.9", HTTP_X_FORWARDED_FOR=value))
    assert address == "203.0.113.9"
    if value:
        assert "HTTP_X_FORWARDED_FOR holds no valid client address" in caplog.text


def test_a_valid_header_is_used(settings, caplog):
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_FORWARDED_FOR"
    with caplog.at_level(logging.WARNING, logger="apps.core.web.client"):
        address = client_address(request_from("10.0.0.1", HTTP_X_FORWARDED_FOR="evil, 198.51.100.7"))
    assert address == "198.51.100.7"
    assert caplog.text == ""


@pytest.mark.django_db
@pytest.mark.parametrize("value", ["garbage", "1.2.3.4, evil"])
@pytest.mark.parametrize("url", ["/admin/login/", "/django-admin/login/", "/en/account/sign-in/"])
def test_a_login_with_a_garbage_client_header_is_answered_not_a_server_error(settings, value, url):
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_FORWARDED_FOR"
    staff = UserFactory(email="staff@example.org", is_staff=True, is_superuser=True)
    client = Client(raise_request_exception=False)
    proxied = {"REMOTE_ADDR": "10.0.0.1", "HTTP_X_FORWARDED_FOR": value}
    wrong = client.post(url, {"username": staff.email, "password": "wrong"}, **proxied)
    assert wrong.status_code == 200
    right = client.post(url, {"username": staff.email, "password": RIGHT}, **proxied)
    assert right.status_code == 302
