"""A deliverable's file: public deliverables for everyone, the others for staff who may view or
change deliverables."""

import pytest

from django.contrib.auth.models import Permission
from django.urls import reverse

from tests.partners.factories import PartnerFactory
from tests.users.factories import UserFactory
from tests.workpackages.factories import PDF, DeliverableFactory

pytestmark = pytest.mark.django_db


def file_url(made, lang="en"):
    from django.utils import translation

    with translation.override(lang):
        return reverse("workpackages:deliverable_file", args=[made.pk])


def test_a_public_deliverables_file_is_a_download_for_anyone(client):
    made = DeliverableFactory(code="D5.3", is_public=True, with_file=True)
    response = client.get(file_url(made))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF
    assert response["Content-Type"] == "application/pdf"
    assert response["Content-Disposition"].startswith("attachment")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert "no-store" in response["Cache-Control"]


def test_a_private_deliverables_file_is_not_found_for_the_public_and_partners_but_served_to_staff(client):
    made = DeliverableFactory(code="D5.4", is_public=False, with_file=True)
    url = file_url(made, "lv")
    assert client.get(url).status_code == 404
    client.force_login(PartnerFactory())
    assert client.get(url).status_code == 404
    client.force_login(UserFactory(superuser=True))
    assert client.get(url).status_code == 200


def staff_with(*codenames):
    person = UserFactory(is_staff=True)
    person.user_permissions.add(*Permission.objects.filter(codename__in=["access_admin", *codenames]))
    return person


def test_a_private_deliverables_file_is_not_found_for_staff_without_a_permission_on_deliverables(client):
    made = DeliverableFactory(code="D5.4", is_public=False, with_file=True)
    client.force_login(staff_with("view_workpackage", "change_workpackage"))
    assert client.get(file_url(made)).status_code == 404


@pytest.mark.parametrize("codename", ["view_deliverable", "change_deliverable"])
def test_a_private_deliverables_file_is_served_to_staff_who_may_view_or_change_deliverables(client, codename):
    made = DeliverableFactory(code="D5.4", is_public=False, with_file=True)
    client.force_login(staff_with(codename))
    response = client.get(file_url(made))
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == PDF


def test_a_deliverable_without_a_file_or_unknown_is_not_found(client):
    made = DeliverableFactory(code="D5.5", is_public=True)
    assert client.get(file_url(made)).status_code == 404
    assert client.get(reverse("workpackages:deliverable_file", args=[987654])).status_code == 404


def test_the_file_is_only_read_never_posted_to(client):
    made = DeliverableFactory(code="D5.6", is_public=True, with_file=True)
    assert client.post(file_url(made)).status_code == 405
