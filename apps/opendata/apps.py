from django.utils.translation import gettext_lazy as _

from apps.core.manifest import Manifest, PortalAppConfig


class OpendataConfig(PortalAppConfig):
    verbose_name = _("Open data")
    manifest = Manifest(
        content_loader="services.opendata_load",
        # The page lives below home.
        content_after=("site",),
        home_page_types=("OpenDataPage",),
    )
