from django.utils.translation import gettext_lazy as _

from apps.core.manifest import Manifest, PortalAppConfig


class ApiConfig(PortalAppConfig):
    verbose_name = _("API")
    manifest = Manifest(
        # A partner's account page offers their API tokens.
        slots=(("users.account.sections", "api/includes/account_tokens.html"),),
    )

    def ready(self):
        super().ready()
        # drf-spectacular finds its extensions by being imported.
        from . import schema  # noqa: F401
