from django.utils.translation import gettext_lazy as _

from apps.core.manifest import Manifest, PortalAppConfig


class ReportsConfig(PortalAppConfig):
    verbose_name = _("Reports")
    manifest = Manifest(
        # The library's country page offers the country's compendium.
        slots=(("practices.country.actions", "reports/includes/compendium_link.html"),),
    )
