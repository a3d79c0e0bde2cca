from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class StrategiesConfig(AppConfig):
    name = "apps.strategies"
    label = "strategies"
    verbose_name = _("CCSI strategies")
    content_loader = "apps.strategies.services.strategies_load"
    # The strategies' public page lives below home.
    content_after = ("site",)

    def ready(self):
        from apps.core.web.sitemaps import register_records

        from . import signals  # noqa: F401 - connects the receivers
        from .selectors import sitemap_records

        register_records(
            "strategies", index=lambda: self.get_model("StrategyIndexPage"), records=sitemap_records
        )
