from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SiteConfig(AppConfig):
    name = "apps.site"
    label = "site"
    verbose_name = _("Site")
    content_loader = "apps.site.services.site_load"
    content_after = ("partners",)
