"""The public forms' rate limit: per address and e-mail together, per e-mail, and a ceiling per address."""

import pytest

from django.test import RequestFactory, override_settings

from apps.core.web.rate_limits import FormRates, form_rate_check
from apps.practices.models import ReplicationRequest
from tests.helpers import url_in


def post(address: str, email: str = ""):
    return RequestFactory().post("/form/", {"email": email}, REMOTE_ADDR=address)


def check(address: str, email: str = "", **kwargs):
    return form_rate_check(post(address, email), group="test-form", email=email, **kwargs)


def test_one_address_and_email_together_is_limited_to_five_an_hour():
    assert [check("10.20.0.1", "anna@example.se").limited for _ in range(6)] == [False] * 5 + [True]
    # Another person behind the same address is not held up.
    assert check("10.20.0.1", "bo@example.se").limited is False


def test_the_email_is_counted_as_stored_trimmed_and_in_lower_case():
    for _ in range(5):
        check("10.20.0.2", "anna@example.se")
    assert check("10.20.0.2", " Anna@Example.SE ").limited is True


def test_one_email_from_many_addresses_is_limited_to_ten_an_hour():
    results = [check(f"10.21.0.{number}", "anna@example.se").limited for number in range(1, 12)]
    assert results == [False] * 10 + [True]


def test_one_address_has_a_ceiling_of_fifty_an_hour_whatever_the_emails():
    results = [check("10.22.0.1", f"person{number}@example.se").limited for number in range(51)]
    assert results == [False] * 50 + [True]
    assert check("10.22.0.2", "person0@example.se").limited is False


def test_a_form_sent_without_an_email_is_counted_by_its_address():
    results = [check("10.23.0.1").limited for _ in range(51)]
    assert results == [False] * 50 + [True]


def test_a_form_may_keep_a_limit_per_address_alone():
    rates = FormRates(address_and_email=None, email=None, address="2/h")
    results = [check("10.24.0.1", f"p{number}@example.se", rates=rates).limited for number in range(3)]
    assert results == [False, False, True]


def test_the_limits_are_counted_so_the_check_is_not_flagged():
    assert check("10.25.0.1", "anna@example.se").rate_limits_off is False


def test_with_the_cache_unreachable_the_form_goes_through_and_is_flagged(closed_port):
    dead = {
        "default": {
            "BACKEND": "apps.core.caching.backend.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port}/0",
        }
    }
    with override_settings(CACHES=dead):
        results = [check("10.26.0.1", "anna@example.se") for _ in range(60)]
    assert not any(result.limited for result in results)
    assert all(result.rate_limits_off for result in results)


@pytest.mark.django_db
def test_the_replication_form_lets_colleagues_behind_one_address_each_ask(client, case):
    data = {
        "name": "Colleague",
        "organisation": "Rīgas biedrība",
        "country": "Latvija",
        "message": "Mēs vēlētos šo praksi pārņemt Rīgā kopā ar pašvaldību.",
    }
    for number in range(8):
        response = client.post(
            url_in(case, "lv"), {**data, "email": f"colleague{number}@example.lv"}, REMOTE_ADDR="10.27.0.1"
        )
        assert response.status_code == 302
    assert ReplicationRequest.objects.count() == 8
