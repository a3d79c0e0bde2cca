import pytest

from django.test import Client

from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_a_form_sent_without_a_valid_token_explains_the_expired_session():
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        "/admin/login/", {"username": "a@example.org", "password": "x"}, HTTP_ACCEPT_LANGUAGE="fr"
    )
    assert response.status_code == 403
    html = response.content.decode()
    assert "Votre session a expiré" in html
    assert '<html lang="fr">' in html


def test_an_admin_login_without_a_page_to_return_to_lands_on_the_admin_dashboard(client):
    staff = UserFactory(is_staff=True, is_superuser=True)
    response = client.post(
        "/admin/login/", {"username": staff.email, "password": "correct horse battery staple"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/admin/"
    assert client.get(response["Location"]).status_code == 200


def test_a_public_login_without_a_page_to_return_to_lands_on_the_account_page(client):
    partner = UserFactory()
    response = client.post(
        "/en/_util/login/", {"username": partner.email, "password": "correct horse battery staple"}
    )
    assert response.status_code == 302
    assert response["Location"] == "/en/account/"
    assert client.get(response["Location"]).status_code == 200


def test_the_error_page_renders_alone_in_the_readers_language(rf):
    from django.utils import translation

    from apps.core.web.views import server_error

    with translation.override("sv"):
        response = server_error(rf.get("/sv/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert '<html lang="sv">' in html and "<h1>" in html and 'href="/"' in html
    assert "Something went wrong" not in html
