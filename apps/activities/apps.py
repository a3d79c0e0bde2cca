from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ActivitiesConfig(AppConfig):
    name = "apps.activities"
    label = "activities"
    verbose_name = _("Events")
    content_loader = "apps.activities.services.activities_load"
    # The final conference names no organiser or area yet, but its page lives below home.
    content_after = ("vocabulary", "partners", "site")

    def ready(self):
        from apps.core.caching.pages import register_parameters
        from apps.core.web.sitemaps import register_records

        from . import signals  # noqa: F401 - connects the receivers
        from .forms import QUERY_PARAMETERS
        from .selectors import sitemap_records

        register_parameters(*QUERY_PARAMETERS)
        register_records("events", index=lambda: self.get_model("ActivityIndexPage"), records=sitemap_records)
