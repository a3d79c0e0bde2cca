"""The staff's dashboard: the panels the apps' manifests name, and the site's own two.

The site's panels read several domains at once (the work packages' deliverables and pilots, the
events with their registrations; the register and the strategies), so the site layer composes them.
"""

from django.utils import timezone
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from apps.activities.selectors import upcoming_with_registrations
from apps.core.admin.dashboard import DashboardPanel
from apps.core.manifest import manifests
from apps.projects.selectors import engagements_this_quarter, projects_by_status
from apps.strategies.selectors import overdue_action_items
from apps.workpackages.selectors import overdue_deliverables, pilots_by_stage


class ProjectWorkPanel(DashboardPanel):
    name = "project_work"
    order = 50
    template_name = "site/admin/project_work_panel.html"
    permissions = ("workpackages.view_deliverable", "activities.view_registration", "workpackages.view_pilot")

    def get_context_data(self, parent_context=None):
        today = timezone.localdate()
        return {
            "title": _("Project work"),
            "overdue": self.part("workpackages.view_deliverable", lambda: list(overdue_deliverables(today))),
            "upcoming": self.part(
                "activities.view_registration", lambda: upcoming_with_registrations(timezone.now())
            ),
            "pilots": self.part("workpackages.view_pilot", pilots_by_stage),
        }


class RegisterAndStrategiesPanel(DashboardPanel):
    name = "register_and_strategies"
    order = 60
    template_name = "site/admin/register_panel.html"
    permissions = ("projects.view_esfproject", "strategies.view_actionitem")

    def get_context_data(self, parent_context=None):
        today = timezone.localdate()
        projects = self.user.has_perm("projects.view_esfproject")
        return {
            "title": _("Register and strategies"),
            "overdue_items": self.part("strategies.view_actionitem", lambda: overdue_action_items(today)),
            "projects_by_status": projects_by_status(today) if projects else None,
            "engagements_this_quarter": (
                self.part("projects.view_engagement", lambda: engagements_this_quarter(today))
                if projects
                else None
            ),
        }


def project_work_panel(request) -> ProjectWorkPanel | None:
    return ProjectWorkPanel.for_staff(request)


def register_panel(request) -> RegisterAndStrategiesPanel | None:
    return RegisterAndStrategiesPanel.for_staff(request)


@hooks.register("construct_homepage_panels")
def add_dashboard_panels(request, panels):
    """The panels the apps' manifests name, each for whom its callable gives one (Wagtail orders them)."""
    for _config, manifest in manifests():
        for dotted_path in manifest.dashboard_panels:
            panel = import_string(dotted_path)(request)
            if panel is not None:
                panels.append(panel)
