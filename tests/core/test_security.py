import pytest

from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db


def directives(header):
    return {part.split()[0]: part.split()[1:] for part in header.split(";") if part.strip()}


def test_public_pages_get_a_strict_policy_without_inline_code(client):
    response = client.get("/en/")
    policy = directives(response["Content-Security-Policy"])
    assert policy["script-src"] == ["'self'"]
    assert policy["style-src"] == ["'self'"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert "style=" not in response.content.decode()
    assert "<script>" not in response.content.decode()


def test_security_headers_are_sent(client):
    response = client.get("/en/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "same-origin"
    assert response["X-Frame-Options"] == "SAMEORIGIN"


def test_admin_works_under_its_looser_policy(client):
    user = UserFactory(is_staff=True, is_superuser=True)
    client.force_login(user)
    response = client.get("/admin/")
    assert response.status_code == 200
    policy = directives(response["Content-Security-Policy"])
    assert "'unsafe-inline'" in policy["script-src"]
    assert policy["frame-ancestors"] == ["'self'"]
    assert client.get("/admin/pages/").status_code == 200
    assert client.get("/admin/users/").status_code == 200
    assert client.get("/admin/snippets/partners/organisation/").status_code == 200


def test_admin_login_by_email(client):
    UserFactory(email="staff@example.org", is_staff=True, is_superuser=True)
    response = client.post(
        "/admin/login/", {"username": "staff@example.org", "password": "correct horse battery staple"}
    )
    assert response.status_code == 302
    assert client.get("/admin/").status_code == 200
