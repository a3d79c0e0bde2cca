"""A sign-in sent after the session expired comes back with the address typed, never the password."""

import pytest

from django.test import Client

from tests.helpers import csrf_token, html_of
from tests.users.factories import PASSWORD, UserFactory

pytestmark = pytest.mark.django_db


def test_a_sign_in_refused_for_its_csrf_token_keeps_the_address_and_drops_the_password():
    partner = UserFactory(email="ana@example.org")
    reader = Client(enforce_csrf_checks=True)
    url = "/en/account/sign-in/?next=/en/account/password/"
    response = reader.post(url, {"username": "ana@example.org", "password": PASSWORD})
    assert response.status_code == 403
    assert "no-store" in response["Cache-Control"]
    body = response.content.decode()
    assert PASSWORD not in body
    page = html_of(response)
    assert "Your session had expired, so you were not signed in." in page.get_text()
    assert page.select_one('input[name="username"]')["value"] == "ana@example.org"
    assert not page.select_one('input[name="password"]').has_attr("value")
    assert page.select_one('input[name="next"]')["value"] == "/en/account/password/"
    assert "_auth_user_id" not in reader.session

    again = reader.post(
        url,
        {"username": "ana@example.org", "password": PASSWORD, "csrfmiddlewaretoken": csrf_token(response)},
    )
    assert again.status_code == 302
    assert reader.session["_auth_user_id"] == str(partner.pk)
