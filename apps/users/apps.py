from django.utils.translation import gettext_lazy as _

from wagtail.users.apps import WagtailUsersAppConfig

from apps.core.manifest import PortalAppConfig


class UsersConfig(PortalAppConfig):
    default = True
    verbose_name = _("Users")


class WagtailUsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app, with our user editor (preferred language) in the admin."""

    user_viewset = "apps.users.viewsets.UserViewSet"
