"""Django's admin (`/django-admin/`) for superusers only.

Staff work in the Wagtail admin, where each model follows its permissions; Django's admin keeps
the tools only an administrator needs (users' raw permissions, django-axes' lockouts). Its own
check lets in every staff account, which would put those in reach of any editor.
"""

from django.contrib.admin import AdminSite
from django.contrib.admin.apps import AdminConfig


class SuperuserAdminSite(AdminSite):
    def has_permission(self, request):
        return request.user.is_active and request.user.is_superuser


class PortalAdminConfig(AdminConfig):
    default_site = "apps.core.admin_site.SuperuserAdminSite"
