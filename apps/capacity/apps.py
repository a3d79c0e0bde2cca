from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CapacityConfig(AppConfig):
    name = "apps.capacity"
    label = "capacity"
    verbose_name = _("Capacity building")
    content_loader = "apps.capacity.services.capacity_load"
    # The knowledge hub's page lives below the site's capacity-building page.
    content_after = ("site",)

    def ready(self):
        from apps.core.caching.pages import register_parameters
        from apps.core.web.sitemaps import register_records

        from . import signals  # noqa: F401 - connects the receivers
        from .selectors import FACETS, sitemap_records

        register_parameters("q", "sort", "page", *FACETS)
        register_records("tools", index=lambda: self.get_model("KnowledgeHubPage"), records=sitemap_records)
