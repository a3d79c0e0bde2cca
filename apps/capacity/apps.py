from django.utils.translation import gettext_lazy as _

from apps.core.manifest import DemoData, Manifest, PortalAppConfig, SitemapRecords


class CapacityConfig(PortalAppConfig):
    name = "apps.capacity"
    label = "capacity"
    verbose_name = _("Capacity building")
    manifest = Manifest(
        content_loader="apps.capacity.services.capacity_load",
        # The knowledge hub's page lives below home.
        content_after=("site",),
        demo=(
            DemoData(
                option="hub-items",
                help="How many demo tools and methods of the knowledge hub to add.",
                noun="demo tools and methods",
                create="apps.capacity.demo.demo_hub_items_create",
                delete="apps.capacity.demo.demo_hub_items_delete",
            ),
        ),
        # The hub's search, sort and page, and its facets (selectors.FACETS).
        query_parameters=("q", "sort", "page", "area", "element", "language", "country"),
        sitemap_records=(
            SitemapRecords(
                "tools", index="capacity.KnowledgeHubPage", records="apps.capacity.selectors.sitemap_records"
            ),
        ),
        home_page_types=("capacity.KnowledgeHubPage",),
    )
