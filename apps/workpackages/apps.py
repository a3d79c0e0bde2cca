from django.utils.translation import gettext_lazy as _

from apps.core.manifest import DemoData, Manifest, PortalAppConfig


class WorkPackagesConfig(PortalAppConfig):
    verbose_name = _("Work packages")
    manifest = Manifest(
        content_loader="services.workpackages_load",
        # Lead and supporting partners, mentors and mentees are the partners' organisations.
        content_after=("partners",),
        demo=(DemoData("deliverables", noun="demo deliverables"),),
    )
