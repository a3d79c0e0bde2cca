"""Clients are throttled by address (anonymous) and by account, in Redis, failing open."""

import pytest
from rest_framework.test import APIClient

from django.test import override_settings

from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/countries/"


def test_an_address_over_its_rate_gets_a_json_429_with_retry_after(api, settings):
    settings.API_THROTTLE_ANONYMOUS = "3/min"
    for _ in range(3):
        assert api.get(URL).status_code == 200
    response = api.get(URL, HTTP_ACCEPT_LANGUAGE="es")
    assert response.status_code == 429
    error = response.json()["error"]
    assert error["code"] == "throttled"
    assert 0 < int(response["Retry-After"]) <= 60
    assert error["details"]["retry_after"] == int(response["Retry-After"])
    assert "Demasiadas" in error["message"] or "solicitudes" in error["message"]
    # Another address is counted on its own.
    assert APIClient(REMOTE_ADDR="198.51.100.9").get(URL).status_code == 200


def test_the_address_is_the_one_the_rate_limits_use(api, settings):
    settings.API_THROTTLE_ANONYMOUS = "2/min"
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_REAL_IP"
    behind_proxy = APIClient(REMOTE_ADDR="10.0.0.1")
    for _ in range(2):
        assert behind_proxy.get(URL, HTTP_X_REAL_IP="192.0.2.1").status_code == 200
    assert behind_proxy.get(URL, HTTP_X_REAL_IP="192.0.2.1").status_code == 429
    assert behind_proxy.get(URL, HTTP_X_REAL_IP="192.0.2.2").status_code == 200


def test_a_signed_in_client_is_counted_by_account(settings):
    settings.API_THROTTLE_USER = "2/min"
    settings.API_THROTTLE_ANONYMOUS = "1000/min"
    user = UserFactory()
    first, second = APIClient(REMOTE_ADDR="192.0.2.10"), APIClient(REMOTE_ADDR="192.0.2.11")
    first.force_authenticate(user)
    second.force_authenticate(user)
    assert first.get(URL).status_code == 200
    assert second.get(URL).status_code == 200
    assert first.get(URL).status_code == 429


def test_with_redis_down_requests_are_still_served(api, settings, closed_port):
    settings.API_THROTTLE_ANONYMOUS = "1/min"
    dead = {
        "default": {
            "BACKEND": "apps.core.caching.backend.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port}/0",
        }
    }
    with override_settings(CACHES=dead):
        for _ in range(3):
            response = api.get(URL)
            assert response.status_code == 200
            assert len(response.json()) == 4
