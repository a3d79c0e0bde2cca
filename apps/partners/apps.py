from django.utils.translation import gettext_lazy as _

from apps.core.manifest import Manifest, PortalAppConfig


class PartnersConfig(PortalAppConfig):
    name = "apps.partners"
    label = "partners"
    verbose_name = _("Partners")
    manifest = Manifest(content_loader="apps.partners.services.consortium_load")
