"""Reports in the Wagtail admin: one item in the admin's "Reports" menu, and the views behind it."""

from django.contrib.auth.models import Permission
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.menu import MenuItem

from apps.core.admin.views import register_admin_views

from . import admin_views

register_admin_views(
    ("reports/", admin_views.index, "reports_index"),
    ("reports/<int:pk>/", admin_views.detail, "reports_detail"),
    ("reports/<int:pk>/status.json", admin_views.status, "reports_status"),
    ("reports/<int:pk>/download/", admin_views.download, "reports_download"),
)


class StaffMenuItem(MenuItem):
    """Every staff member sees it: the page says what their permissions let them do there."""

    def is_shown(self, request):
        return request.user.is_staff


@hooks.register("register_reports_menu_item")
def reports_menu_item():
    # Inside Wagtail's own "Reports" menu, so that the admin has one menu item of that name.
    return StaffMenuItem(
        _("Portal reports"), reverse("reports_index"), name="portal-reports", icon_name="doc-full", order=100
    )


@hooks.register("register_permissions")
def report_permissions():
    """Ordering reports and seeing everyone's are given to groups under Settings → Groups."""
    return Permission.objects.filter(
        content_type__app_label="reports", codename__in=["add_reportrequest", "view_reportrequest"]
    )
