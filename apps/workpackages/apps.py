from django.utils.translation import gettext_lazy as _

from apps.core.manifest import DemoData, Manifest, PortalAppConfig


class WorkPackagesConfig(PortalAppConfig):
    name = "apps.workpackages"
    label = "workpackages"
    verbose_name = _("Work packages")
    manifest = Manifest(
        content_loader="apps.workpackages.services.workpackages_load",
        # Lead and supporting partners, mentors and mentees are the partners' organisations.
        content_after=("partners",),
        demo=(
            DemoData(
                option="deliverables",
                help="How many demo deliverables to add.",
                noun="demo deliverables",
                create="apps.workpackages.demo.demo_deliverables_create",
                delete="apps.workpackages.demo.demo_deliverables_delete",
            ),
        ),
    )
