from django.utils.translation import gettext_lazy as _

from apps.core.manifest import DemoData, Manifest, PortalAppConfig, SitemapRecords


class StrategiesConfig(PortalAppConfig):
    name = "apps.strategies"
    label = "strategies"
    verbose_name = _("CCSI strategies")
    manifest = Manifest(
        content_loader="apps.strategies.services.strategies_load",
        # The strategies' public page lives below home.
        content_after=("site",),
        demo=(
            DemoData(
                option="strategies",
                help="Add an adopted demo strategy with action plans for every country that has none.",
                noun="demo strategies",
                create="apps.strategies.demo.demo_strategies_create",
                delete="apps.strategies.demo.demo_strategies_delete",
                flag=True,
            ),
        ),
        sitemap_records=(
            SitemapRecords(
                "strategies",
                index="strategies.StrategyIndexPage",
                records="apps.strategies.selectors.sitemap_records",
            ),
        ),
        home_page_types=("strategies.StrategyIndexPage",),
    )
