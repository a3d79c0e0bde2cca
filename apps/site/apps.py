from django.utils.translation import gettext_lazy as _

from apps.core.manifest import Manifest, PortalAppConfig, manifests


class SiteConfig(PortalAppConfig):
    verbose_name = _("Site")
    manifest = Manifest(
        content_loader="services.site_load",
        # The work-package pages show the work packages' records, and WP3's page holds the pilots' pages.
        content_after=("partners", "workpackages"),
        dashboard_panels=("wagtail_hooks.project_work_panel", "wagtail_hooks.register_panel"),
        home_page_types=("StandardPage",),
    )

    def ready(self):
        super().ready()
        # The home page hosts what the apps offer below it; none of them names the home page.
        home_page = self.get_model("HomePage")
        home_page.subpage_types = [
            page_type for _config, manifest in manifests() for page_type in manifest.home_page_types
        ]
        home_page._clean_subpage_models = None  # Wagtail resolves the list again on its next use
