"""Reports in the Wagtail admin: a menu item for staff, and the views behind it."""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from . import admin_views


@hooks.register("register_admin_urls")
def report_urls():
    return [
        path("reports/", admin_views.index, name="reports_index"),
        path("reports/<int:pk>/", admin_views.detail, name="reports_detail"),
        path("reports/<int:pk>/status.json", admin_views.status, name="reports_status"),
        path("reports/<int:pk>/download/", admin_views.download, name="reports_download"),
    ]


class StaffMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_staff


@hooks.register("register_admin_menu_item")
def reports_menu_item():
    return StaffMenuItem(_("Reports"), reverse("reports_index"), icon_name="doc-full", order=900)
