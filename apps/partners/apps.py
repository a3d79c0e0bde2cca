from django.utils.translation import gettext_lazy as _

from apps.core.manifest import Manifest, PortalAppConfig


class PartnersConfig(PortalAppConfig):
    verbose_name = _("Partners")
    manifest = Manifest(content_loader="services.consortium_load")
