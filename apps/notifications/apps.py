from django.utils.translation import gettext_lazy as _

from apps.core.manifest import PortalAppConfig


class NotificationsConfig(PortalAppConfig):
    verbose_name = _("Notifications")

    def ready(self):
        super().ready()
        from . import receivers  # noqa: F401 - connects the listeners to the domains' events
