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
        from apps.core.page_cache import register_parameters

        from . import signals  # noqa: F401 - connects the receivers
        from .forms import QUERY_PARAMETERS

        register_parameters(*QUERY_PARAMETERS)
