from django.utils.translation import gettext_lazy as _

from apps.core.manifest import Manifest, PortalAppConfig


class OpendataConfig(PortalAppConfig):
    verbose_name = _("Open data")
    manifest = Manifest()
