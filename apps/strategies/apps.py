from django.utils.translation import gettext_lazy as _

from apps.core.manifest import DemoData, Manifest, PortalAppConfig, SitemapRecords


class StrategiesConfig(PortalAppConfig):
    verbose_name = _("CCSI strategies")
    manifest = Manifest(
        content_loader="services.strategies_load",
        # The strategies' public page lives below home.
        content_after=("site",),
        demo=(
            DemoData(
                "strategies",
                noun="demo strategies",
                help="Add an adopted demo strategy with action plans for every country that has none.",
                flag=True,
            ),
        ),
        sitemap_records=(SitemapRecords("strategies"),),
        home_page_types=("StrategyIndexPage",),
    )
