from django.utils.translation import gettext_lazy as _

from apps.core.manifest import Manifest, PortalAppConfig


class NotificationsConfig(PortalAppConfig):
    verbose_name = _("Notifications")
    manifest = Manifest(
        # The library offers its new cases by e-mail beside its feed.
        slots=(("practices.library.follow", "notifications/includes/new_cases_link.html"),),
    )

    def ready(self):
        super().ready()
        from . import receivers  # noqa: F401 - connects the listeners to the domains' events
