import pytest

from django.core.exceptions import ValidationError
from django.test import override_settings

from apps.practices.forms import ReplicationRequestForm
from apps.practices.models import ReplicationRequest
from apps.practices.services import replication_request_create
from tests.helpers import csrf_token, element, text_of, url_in
from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db

GOOD = {
    "name": "Ilze Bērziņa",
    "email": "ilze@example.lv",
    "organisation": "Rīgas biedrība",
    "country": "Latvija",
    "message": "Mēs vēlētos šo praksi pārņemt Rīgā kopā ar pašvaldību.",
}


def test_a_valid_request_is_stored_and_thanked(client, case):
    response = client.post(url_in(case, "lv"), GOOD, REMOTE_ADDR="10.1.1.1")
    assert response.status_code == 302
    stored = ReplicationRequest.objects.get()
    assert (stored.practice_id, stored.email, stored.language) == (case.pk, "ilze@example.lv", "lv")
    page = client.get(response["Location"]).content.decode()
    assert "Paldies" in page


def test_bad_input_is_refused_in_the_readers_language_and_kept(client, case):
    response = client.post(
        url_in(case, "fr"),
        {**GOOD, "email": "not-an-address", "message": "Trop court"},
        REMOTE_ADDR="10.1.1.2",
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert "Saisissez une adresse de courriel valide." in html
    assert "au moins 20 caractères" in html
    assert element(html, 'input[name="email"]')["value"] == "not-an-address"
    assert text_of(html, 'textarea[name="message"]') == "Trop court"
    assert ReplicationRequest.objects.count() == 0


def test_missing_fields_are_named(client, case):
    html = client.post(url_in(case, "sv"), {}, REMOTE_ADDR="10.1.1.3").content.decode()
    assert html.count("Det här fältet är obligatoriskt") == 3


def test_the_honeypot_stores_nothing(client, case):
    response = client.post(
        url_in(case, "en"), {**GOOD, "website": "http://spam.example"}, REMOTE_ADDR="10.1.1.4"
    )
    assert response.status_code == 302
    assert ReplicationRequest.objects.count() == 0


def test_requests_are_rate_limited_per_address(client, case):
    for _ in range(5):
        assert client.post(url_in(case, "es"), GOOD, REMOTE_ADDR="10.9.9.9").status_code == 302
    response = client.post(url_in(case, "es"), GOOD, REMOTE_ADDR="10.9.9.9")
    assert response.status_code == 429
    assert "Inténtelo de nuevo dentro de una hora" in response.content.decode()
    assert ReplicationRequest.objects.count() == 5
    assert client.post(url_in(case, "es"), GOOD, REMOTE_ADDR="10.9.9.10").status_code == 302


def test_the_form_needs_a_csrf_token(case):
    from django.test import Client

    response = Client(enforce_csrf_checks=True).post(url_in(case, "en"), GOOD)
    assert response.status_code == 403


def test_behind_a_proxy_the_limit_follows_the_configured_client_header(client, case, settings):
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_REAL_IP"
    for _ in range(5):
        client.post(url_in(case, "en"), GOOD, REMOTE_ADDR="10.0.0.1", HTTP_X_REAL_IP="203.0.113.7")
    assert (
        client.post(
            url_in(case, "en"), GOOD, REMOTE_ADDR="10.0.0.1", HTTP_X_REAL_IP="203.0.113.7"
        ).status_code
        == 429
    )
    assert (
        client.post(
            url_in(case, "en"), GOOD, REMOTE_ADDR="10.0.0.1", HTTP_X_REAL_IP="203.0.113.8"
        ).status_code
        == 302
    )


def test_a_request_that_bypasses_the_proxy_is_limited_by_its_own_address(client, case, settings):
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_REAL_IP"
    statuses = [client.post(url_in(case, "en"), GOOD, REMOTE_ADDR="10.0.0.9").status_code for _ in range(6)]
    assert statuses == [302] * 5 + [429]


def test_with_the_cache_unreachable_a_request_is_stored_and_flagged_for_staff(client, case, closed_port):
    dead = {
        "default": {
            "BACKEND": "apps.core.caching.backend.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port}/0",
        }
    }
    with override_settings(CACHES=dead):
        for _ in range(6):
            response = client.post(url_in(case, "en"), GOOD, REMOTE_ADDR="10.7.7.7")
            assert response.status_code == 302
    stored = ReplicationRequest.objects.all()
    assert stored.count() == 6
    assert all(request.received_without_rate_limit for request in stored)


def test_a_request_counted_by_the_rate_limit_is_not_flagged(client, case):
    assert client.post(url_in(case, "en"), GOOD, REMOTE_ADDR="10.7.7.8").status_code == 302
    assert ReplicationRequest.objects.get().received_without_rate_limit is False


def test_staff_see_and_filter_the_flag(client, case):
    replication_request_create(practice=case, data=GOOD, rate_limits_off=True)
    replication_request_create(practice=case, data={**GOOD, "name": "Counted"})
    client.force_login(UserFactory(is_staff=True, is_superuser=True, preferred_language="en"))
    listing = "/admin/snippets/practices/replicationrequest/"
    html = client.get(listing).content.decode()
    assert "Received while rate limits were off" in html
    flagged = client.get(listing, {"received_without_rate_limit": "true"}).content.decode()
    assert "Ilze Bērziņa" in flagged
    assert "Counted" not in flagged


def test_an_error_of_the_whole_form_is_a_400_not_a_429(client, case, monkeypatch):
    def clean(form):
        raise ValidationError("Something is wrong with the form as a whole.")

    monkeypatch.setattr(ReplicationRequestForm, "clean", clean)
    response = client.post(url_in(case, "en"), GOOD, REMOTE_ADDR="10.7.7.9")
    assert response.status_code == 400
    assert "Something is wrong with the form as a whole." in response.content.decode()


def test_a_request_sent_after_the_session_expired_is_shown_again_filled_in_and_can_be_resent(case):
    from django.test import Client

    reader = Client(enforce_csrf_checks=True)
    url = url_in(case, "sv")
    response = reader.post(url, GOOD, REMOTE_ADDR="10.5.5.5")
    assert response.status_code == 403
    html = response.content.decode()
    assert "Din session hade gått ut" in html
    assert element(html, 'input[name="email"]')["value"] == "ilze@example.lv"
    assert text_of(html, 'textarea[name="message"]') == GOOD["message"]
    assert ReplicationRequest.objects.count() == 0

    token = csrf_token(html)
    again = reader.post(url, {**GOOD, "csrfmiddlewaretoken": token}, REMOTE_ADDR="10.5.5.5")
    assert again.status_code == 302
    assert ReplicationRequest.objects.count() == 1
