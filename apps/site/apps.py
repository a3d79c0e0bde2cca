from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteConfig(AppConfig):
    name = "apps.site"
    label = "site"
    verbose_name = _("Site")
    content_loader = "apps.site.services.site_load"
    # The work-package pages show the work packages' records, and WP3's page holds the pilots' pages.
    content_after = ("partners", "workpackages")
