from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class WorkPackagesConfig(AppConfig):
    name = "apps.workpackages"
    label = "workpackages"
    verbose_name = _("Work packages")
    content_loader = "apps.workpackages.services.workpackages_load"
    # Lead and supporting partners, mentors and mentees are the partners' organisations.
    content_after = ("partners",)

    def ready(self):
        from . import signals  # noqa: F401 - connects the receivers
