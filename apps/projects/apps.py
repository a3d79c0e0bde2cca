from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class ProjectsConfig(AppConfig):
    name = "apps.projects"
    label = "projects"
    verbose_name = _("ESF+ project register")
    content_loader = "apps.projects.services.projects_load"
    # Cooperation partners are the partners' organisations; the register page lives below home.
    content_after = ("vocabulary", "partners", "site")

    def ready(self):
        from apps.core.caching.pages import register_parameters
        from apps.core.web.sitemaps import register_records

        from . import signals  # noqa: F401 - connects the receivers
        from .forms import QUERY_PARAMETERS
        from .selectors import sitemap_records

        register_parameters(*QUERY_PARAMETERS)
        register_records("projects", index=lambda: self.get_model("EsfRegisterPage"), records=sitemap_records)
