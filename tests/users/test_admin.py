import pytest

from apps.users.models import User
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_staff_create_a_user_with_a_preferred_language(admin_client):
    form = admin_client.get("/admin/users/new/").content.decode()
    assert 'name="preferred_language"' in form
    response = admin_client.post(
        "/admin/users/new/",
        {
            "email": "Partner@Example.LV",
            "first_name": "Ilze",
            "last_name": "Bērziņa",
            "preferred_language": "lv",
            "password1": "a long enough passphrase 42",
            "password2": "a long enough passphrase 42",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    user = User.objects.get(email__iexact="partner@example.lv")
    assert user.preferred_language == "lv"
    assert user.check_password("a long enough passphrase 42")


def test_staff_change_a_users_preferred_language(admin_client):
    user = UserFactory(preferred_language="sv")
    page = admin_client.get(f"/admin/users/edit/{user.pk}/").content.decode()
    assert 'name="preferred_language"' in page
    response = admin_client.post(
        f"/admin/users/edit/{user.pk}/",
        {
            "email": user.email,
            "first_name": user.first_name,
            "last_name": user.last_name,
            "preferred_language": "fr",
            "is_active": "on",
        },
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    user.refresh_from_db()
    assert user.preferred_language == "fr"


def test_users_log_in_with_their_e_mail_not_a_username():
    assert User.USERNAME_FIELD == "email"
    with pytest.raises(Exception):  # noqa: B017, PT011 - full_clean refuses a duplicate e-mail
        User.objects.create_user(email=UserFactory().email, password="x")
