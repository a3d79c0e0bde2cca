from django.utils.translation import gettext_lazy as _

from apps.core.manifest import DemoData, Manifest, PortalAppConfig, SitemapRecords


class CapacityConfig(PortalAppConfig):
    verbose_name = _("Capacity building")
    manifest = Manifest(
        content_loader="services.capacity_load",
        # The knowledge hub's page lives below home.
        content_after=("site",),
        demo=(
            DemoData(
                "hub-items",
                noun="demo tools and methods",
                help="How many demo tools and methods of the knowledge hub to add.",
            ),
        ),
        search_refresh="selectors.search_vectors_refresh",
        query_parameters="selectors.QUERY_PARAMETERS",
        sitemap_records=(SitemapRecords("tools"),),
        home_page_types=("KnowledgeHubPage",),
    )
