"""Reports in the admin: one menu item of that name, and a page that says what staff may do."""

import json

import pytest

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from tests.helpers import html_of
from tests.reports.test_views import staff
from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db


def menu_items(client) -> list[dict]:
    """The admin's main menu as its page hands it to the sidebar script."""
    page = html_of(client.get(reverse("wagtailadmin_home")))
    props = json.loads(page.select_one("#wagtail-sidebar-props").string)
    modules = {module["_type"]: module for module in props["modules"]}
    return modules["wagtail.sidebar.MainMenuModule"]["_args"][0]


def labels(items) -> list[str]:
    return [item["_args"][0]["label"] for item in items]


def submenu(items, name) -> list[dict]:
    return next(item for item in items if item["_args"][0]["name"] == name)["_args"][1]


@pytest.mark.parametrize("who", ["superuser", "staff without report permissions"])
def test_the_admin_menu_has_one_reports_item_holding_the_portal_reports(client, superuser, who):
    client.force_login(superuser if who == "superuser" else staff())
    items = menu_items(client)
    assert labels(items).count("Reports") == 1
    reports = submenu(items, "reports")
    assert "Portal reports" in labels(reports)
    link = next(item for item in reports if item["_args"][0]["name"] == "portal-reports")
    assert link["_args"][0]["url"] == reverse("reports_index")


def test_a_partner_sees_no_reports_anywhere_in_the_admin(client):
    client.force_login(UserFactory(is_staff=False))
    assert client.get(reverse("reports_index")).status_code == 302


def test_staff_without_report_permissions_are_told_what_they_may_do(client):
    client.force_login(staff())
    response = client.get(reverse("reports_index"))
    assert response.status_code == 200
    page = html_of(response)
    assert page.select_one("form select[name=kind]") is None
    note = page.select_one(".reports-permissions").get_text(" ", strip=True)
    assert "Your account may not order reports" in note
    assert "Settings → Groups" in note and "“Add” permission on report requests" in note
    assert "reports you ordered yourself" in note
    assert "compendium of best-practice cases is public" in note


def test_staff_who_may_order_and_see_all_are_told_so_without_the_refusal(client):
    client.force_login(staff("add_reportrequest", "view_reportrequest"))
    page = html_of(client.get(reverse("reports_index")))
    assert page.select_one("form select[name=kind]") is not None
    note = page.select_one(".reports-permissions").get_text(" ", strip=True)
    assert "may not order" not in note
    assert "reports ordered by anyone" in note


def test_administrators_give_the_report_permissions_to_a_group_in_the_admin(admin_client):
    group = Group.objects.create(name="Report orderers")
    page = html_of(admin_client.get(reverse("wagtailusers_groups:edit", args=[group.pk])))
    add, view = (
        Permission.objects.get(content_type__app_label="reports", codename=codename)
        for codename in ("add_reportrequest", "view_reportrequest")
    )
    boxes = {box["value"] for box in page.select('input[name="permissions"]')}
    assert {str(add.pk), str(view.pk)} <= boxes
