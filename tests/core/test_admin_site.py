"""Django's admin (`/django-admin/`) opens for superusers only, not for every staff account."""

import pytest

from django.contrib.auth.models import Permission

from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db


def test_staff_who_are_not_superusers_are_sent_to_the_login_of_djangos_admin(client):
    editor = UserFactory(is_staff=True)
    editor.user_permissions.add(*Permission.objects.filter(content_type__app_label="users"))
    client.force_login(editor)
    for url in ("/django-admin/", "/django-admin/users/user/", "/django-admin/axes/accessattempt/"):
        response = client.get(url)
        assert response.status_code == 302
        assert response["Location"].startswith("/django-admin/login/")


def test_a_superuser_opens_djangos_admin(client):
    client.force_login(UserFactory(superuser=True))
    assert client.get("/django-admin/").status_code == 200
    assert client.get("/django-admin/users/user/").status_code == 200
