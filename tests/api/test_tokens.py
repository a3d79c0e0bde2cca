"""A partner's API tokens: made on the account page and shown once, stored hashed, used, revoked."""

from datetime import timedelta

import pytest

from django.db import connection
from django.urls import reverse
from django.utils import timezone, translation

from apps.api import tokens
from apps.api.models import ApiToken
from tests.helpers import element, html_of
from tests.partners.factories import PartnerFactory
from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db

ENTRIES = "/api/v1/partner/entries/"


def tokens_page(language="en") -> str:
    with translation.override(language):
        return reverse("api_account:tokens")


def revoke_url(token) -> str:
    return reverse("api_account:token_revoke", args=[token.pk])


def create_on_the_page(client, user, name="Our CRM") -> str:
    """The key the account page shows after the form is sent."""
    client.force_login(user)
    response = client.post(tokens_page(), {"name": name})
    assert response.status_code == 200
    return element(response, "#new-token-key")["value"]


def test_the_account_page_links_to_the_tokens(client):
    client.force_login(PartnerFactory())
    response = client.get(reverse("account:home"))
    assert element(response, f'a[href="{tokens_page()}"]')


def test_a_token_made_on_the_account_page_is_shown_once_and_stored_hashed(client):
    partner = PartnerFactory()
    key = create_on_the_page(client, partner)
    token = ApiToken.objects.get(user=partner)
    assert key.startswith("ccsi_") and len(key) > 40
    assert token.name == "Our CRM" and key.startswith(token.prefix)
    assert token.key_hash == tokens.key_hash(key) and key not in token.key_hash
    # The key is nowhere in the database: not in the token's table, nor in the session.
    with connection.cursor() as cursor:
        cursor.execute("SELECT * FROM api_apitoken")
        assert key not in repr(cursor.fetchall())
        cursor.execute("SELECT session_data FROM django_session")
        assert all(key not in row[0] for row in cursor.fetchall())
    # Seen again, the page lists the token by its prefix, never its key.
    again = client.get(tokens_page())
    assert key not in again.content.decode()
    assert token.prefix in again.content.decode()
    assert html_of(again).select_one("#new-token-key") is None


def test_the_tokens_pages_are_private_and_need_a_sign_in(client):
    response = client.get(tokens_page())
    assert response.status_code == 302 and "/account/" in response["Location"]
    client.force_login(PartnerFactory())
    for response in (client.get(tokens_page()), client.post(tokens_page(), {"name": "x"})):
        assert "private" in response["Cache-Control"] and "no-store" in response["Cache-Control"]


def test_a_token_needs_a_name(client):
    client.force_login(PartnerFactory())
    response = client.post(tokens_page(), {"name": ""})
    assert response.status_code == 200
    assert not ApiToken.objects.exists()
    assert html_of(response).select_one("#new-token-key") is None


def test_the_page_speaks_the_readers_language(client):
    client.force_login(PartnerFactory())
    page = client.get(tokens_page("sv"))
    assert page.status_code == 200
    assert tokens_page("sv") != tokens_page("en")
    with translation.override("sv"):
        assert translation.gettext("API tokens") != "API tokens"
        assert translation.gettext("API tokens") in page.content.decode()


def test_a_token_works_as_token_and_as_bearer(client):
    partner = PartnerFactory()
    _token, key = tokens.token_create(user=partner, name="CRM")
    for scheme in ("Token", "Bearer", "token"):
        response = client.get(ENTRIES, headers={"Authorization": f"{scheme} {key}"})
        assert response.status_code == 200, scheme
        assert "no-store" in response["Cache-Control"]


def test_last_used_is_written_at_most_once_a_minute(client):
    partner = PartnerFactory()
    token, key = tokens.token_create(user=partner, name="CRM")
    assert token.last_used is None
    client.get(ENTRIES, headers={"Authorization": f"Token {key}"})
    token.refresh_from_db()
    first = token.last_used
    assert first is not None
    client.get(ENTRIES, headers={"Authorization": f"Token {key}"})
    token.refresh_from_db()
    assert token.last_used == first
    ApiToken.objects.filter(pk=token.pk).update(last_used=first - timedelta(minutes=2))
    client.get(ENTRIES, headers={"Authorization": f"Token {key}"})
    token.refresh_from_db()
    assert token.last_used > first - timedelta(minutes=1)


@pytest.mark.parametrize(
    "header",
    ["Token ccsi_unknown", "Token ccsi_a b", "Bearer nothing", "Token", "Token ccsi_\u00e9"],
)
def test_an_unknown_or_malformed_token_is_refused_with_401_in_the_error_shape(client, header):
    response = client.get(ENTRIES, headers={"Authorization": header})
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Token")
    assert response.json()["error"]["code"] in ("authentication_failed", "not_authenticated")
    assert response.json()["error"]["status"] == 401


def test_a_revoked_token_is_refused_and_the_refusal_is_translated(client):
    partner = PartnerFactory()
    key = create_on_the_page(client, partner)
    token = ApiToken.objects.get(user=partner)
    response = client.post(revoke_url(token))
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked is not None and not token.is_active
    client.logout()
    response = client.get(ENTRIES, headers={"Authorization": f"Token {key}", "Accept-Language": "sv"})
    assert response.status_code == 401
    assert response["WWW-Authenticate"].startswith("Token")
    with translation.override("sv"):
        assert response.json()["error"]["message"] == translation.gettext(
            "This token is not valid or has been revoked."
        )


def test_an_expired_token_or_an_inactive_account_is_refused(client):
    partner = PartnerFactory()
    _token, key = tokens.token_create(user=partner, name="CRM", expires=timezone.now() - timedelta(days=1))
    assert client.get(ENTRIES, headers={"Authorization": f"Token {key}"}).status_code == 401
    inactive = PartnerFactory(is_active=False)
    _token, key = tokens.token_create(user=inactive, name="CRM")
    assert client.get(ENTRIES, headers={"Authorization": f"Token {key}"}).status_code == 401


def test_nobody_revokes_another_persons_token(client):
    owner, other = PartnerFactory(), UserFactory()
    token, key = tokens.token_create(user=owner, name="CRM")
    client.force_login(other)
    assert client.post(revoke_url(token)).status_code == 404
    assert client.get(revoke_url(token)).status_code == 405
    token.refresh_from_db()
    assert token.revoked is None
    # Nor does the other person see it listed.
    assert token.prefix not in client.get(tokens_page()).content.decode()
    client.logout()
    assert client.get(ENTRIES, headers={"Authorization": f"Token {key}"}).status_code == 200


def test_without_a_token_or_session_the_partner_endpoints_answer_401(client):
    response = client.get(ENTRIES)
    assert response.status_code == 401
    assert response.json()["error"]["code"] == "not_authenticated"


def test_the_service_refuses_to_revoke_another_persons_token():
    from django.core.exceptions import PermissionDenied

    token, _key = tokens.token_create(user=PartnerFactory(), name="CRM")
    with pytest.raises(PermissionDenied):
        tokens.token_revoke(token=token, user=UserFactory())
    token.refresh_from_db()
    assert token.revoked is None


def test_an_administrator_sees_and_revokes_tokens_in_djangos_admin_without_their_keys(admin_client):
    token, key = tokens.token_create(user=PartnerFactory(), name="Partner's CRM")
    listing = admin_client.get(reverse("admin:api_apitoken_changelist"))
    assert listing.status_code == 200
    assert token.prefix in listing.content.decode() and key not in listing.content.decode()
    assert admin_client.get(reverse("admin:api_apitoken_add")).status_code == 403
    response = admin_client.post(
        reverse("admin:api_apitoken_changelist"), {"action": "revoke", "_selected_action": [token.pk]}
    )
    assert response.status_code == 302
    token.refresh_from_db()
    assert token.revoked is not None
