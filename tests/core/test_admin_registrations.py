"""The kernel's admin registrations: translated fields, snippet listings and menus, admin views and
their buttons, and the dashboard built from the apps' manifests."""

from dataclasses import replace

import pytest
from modeltranslation.translator import translator

from django.apps import apps
from django.contrib.auth.models import Permission
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.test import RequestFactory
from django.urls import reverse

from wagtail import hooks
from wagtail.admin.menu import admin_menu

from apps.capacity.models import HubItem
from apps.core.admin.views import permission_required, staff_only
from apps.core.manifest import Manifest
from apps.practices.models import PracticePage
from apps.vocabulary.models import Approach, TargetGroup
from tests.helpers import html_of
from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db


def staff_with(*codenames: str):
    user = UserFactory(is_staff=True, preferred_language="en")
    user.user_permissions.add(
        Permission.objects.get(codename="access_admin"),
        *(
            Permission.objects.get(content_type__app_label=label, codename=codename)
            for label, codename in (name.split(".") for name in codenames)
        ),
    )
    return user


def test_each_models_fields_are_registered_with_their_options():
    assert set(translator.get_options_for_model(HubItem).get_field_names()) == {"title", "description"}
    assert translator.get_options_for_model(TargetGroup).get_field_names() == ["name"]
    practice = translator.get_options_for_model(PracticePage)
    assert "summary" in practice.get_field_names() and practice.required_languages == ()


def test_a_listing_reads_the_relations_its_rows_show_with_the_rows():
    request = RequestFactory().get("/")
    assert HubItem.snippet_viewset.get_queryset(request).query.select_related == {
        "support_area": {},
        "element": {},
    }
    assert Approach.snippet_viewset.get_queryset(request).query.select_related == {"element": {}}
    # A listing naming no relation keeps Wagtail's own queryset.
    assert TargetGroup.snippet_viewset.get_queryset(request) is None


def test_the_apps_menus_keep_their_names_labels_and_order_of_listings(rf):
    request = rf.get("/admin/")
    request.user = UserFactory(is_superuser=True, is_staff=True, preferred_language="en")
    menus = {item.name: item for item in admin_menu.menu_items_for_request(request)}
    expected = {
        "activities": "Events",
        "capacity-building": "Capacity building",
        "mapping": "Ecosystem mapping",
        "notifications": "Notifications",
        "partners": "Partners",
        "practices": "Best practices",
        "projects": "ESF+ register",
        "ccsi-strategies": "CCSI strategies",
        "vocabulary": "Vocabulary",
        "project-work": "Project work",
    }
    assert {name: str(menus[name].label) for name in expected} == expected
    listings = [str(item.label) for item in menus["project-work"].menu.menu_items_for_request(request)]
    assert listings == [
        "Work packages",
        "Deliverables",
        "Milestones",
        "Pilots",
        "Mentoring sessions",
        "Transfer analyses",
    ]


def answered(view, user):
    request = RequestFactory().get("/")
    request.user = user
    try:
        return view(request).status_code
    except PermissionDenied:
        return 403


def test_an_admin_view_refuses_whoever_lacks_its_permission_or_is_not_staff():
    view = permission_required("activities.view_registration")(lambda request: HttpResponse())
    assert answered(view, staff_with()) == 403
    assert answered(view, staff_with("activities.view_registration")) == 200
    staff_view = staff_only(lambda request: HttpResponse())
    assert answered(staff_view, UserFactory(is_staff=False)) == 403
    assert answered(staff_view, staff_with()) == 200


def test_the_listing_button_is_shown_only_with_the_permission():
    from apps.activities.models import Activity

    activity = Activity.objects.first() or pytest.fail("the loaded content has events")

    def buttons_for(user):
        return [
            str(button.label)
            for hook in hooks.get_hooks("register_snippet_listing_buttons")
            for button in (hook(activity, user) or ())
        ]

    assert "Participants" in buttons_for(staff_with("activities.view_registration"))
    assert "Participants" not in buttons_for(staff_with("activities.change_activity"))
    assert reverse("activities_participants", args=[activity.pk]).startswith("/admin/")


SITE_PANELS = ("apps.site.wagtail_hooks.project_work_panel", "apps.site.wagtail_hooks.register_panel")
REVIEW_PANEL = ("apps.mapping.wagtail_hooks.review_queue_panel",)


@pytest.fixture
def panels_declared(monkeypatch):
    """The manifests naming the dashboard's panels, whatever the apps declare today."""
    for label, panels in (("site", SITE_PANELS), ("mapping", REVIEW_PANEL)):
        config = apps.get_app_config(label)
        manifest = getattr(config, "manifest", None) or Manifest()
        monkeypatch.setattr(config, "manifest", replace(manifest, dashboard_panels=panels), raising=False)


def test_the_dashboard_shows_the_panels_the_manifests_name(client, panels_declared):
    client.force_login(UserFactory(is_superuser=True, is_staff=True, preferred_language="en"))
    page = html_of(client.get(reverse("wagtailadmin_home")))
    assert page.select_one("#project-work-heading") is not None
    assert page.select_one("#register-panel-heading") is not None
    assert page.select_one(".mapping-review-queue") is not None


def test_a_panel_whose_callable_gives_nothing_is_left_out(client, panels_declared):
    client.force_login(staff_with("activities.view_registration"))
    page = html_of(client.get(reverse("wagtailadmin_home")))
    assert page.select_one("#project-work-heading") is not None
    assert page.select_one("#register-panel-heading") is None
    assert page.select_one(".mapping-review-queue") is None


def test_without_a_manifest_naming_them_the_dashboard_has_none_of_the_panels(client, monkeypatch):
    for config in apps.get_app_configs():
        manifest = getattr(config, "manifest", None)
        if isinstance(manifest, Manifest):
            monkeypatch.setattr(config, "manifest", replace(manifest, dashboard_panels=()))
    client.force_login(UserFactory(is_superuser=True, is_staff=True, preferred_language="en"))
    page = html_of(client.get(reverse("wagtailadmin_home")))
    assert page.select_one("#project-work-heading") is None
    assert page.select_one(".mapping-review-queue") is None
