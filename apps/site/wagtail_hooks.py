"""The staff's overview on the admin's dashboard: what needs attention across the project's work.

The site layer composes it, because it reads two domains: the work packages' deliverables and
pilots, and the events with their registrations.
"""

from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.ui.components import Component

from apps.activities.selectors import upcoming_with_registrations
from apps.projects.selectors import engagements_this_quarter, projects_by_status
from apps.strategies.selectors import overdue_action_items
from apps.workpackages.selectors import overdue_deliverables, pilots_by_stage


class ProjectWorkPanel(Component):
    """Each part only for staff allowed to see its records in the admin."""

    name = "project_work"
    order = 50
    template_name = "site/admin/project_work_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        can = self.user.has_perm
        now = timezone.now()
        return {
            "title": _("Project work"),
            "overdue": (
                list(overdue_deliverables(timezone.localdate()))
                if can("workpackages.view_deliverable")
                else None
            ),
            "upcoming": upcoming_with_registrations(now) if can("activities.view_registration") else None,
            "pilots": pilots_by_stage() if can("workpackages.view_pilot") else None,
        }


class RegisterAndStrategiesPanel(Component):
    name = "register_and_strategies"
    order = 60
    template_name = "site/admin/register_panel.html"

    def __init__(self, user):
        self.user = user

    def get_context_data(self, parent_context=None):
        can = self.user.has_perm
        today = timezone.localdate()
        projects = can("projects.view_esfproject")
        return {
            "title": _("Register and strategies"),
            "overdue_items": overdue_action_items(today) if can("strategies.view_actionitem") else None,
            "projects_by_status": projects_by_status(today) if projects else None,
            "engagements_this_quarter": (
                engagements_this_quarter(today) if projects and can("projects.view_engagement") else None
            ),
        }


PANEL_PERMISSIONS = {
    ProjectWorkPanel: (
        "workpackages.view_deliverable",
        "activities.view_registration",
        "workpackages.view_pilot",
    ),
    RegisterAndStrategiesPanel: ("projects.view_esfproject", "strategies.view_actionitem"),
}


@hooks.register("construct_homepage_panels")
def add_project_work_panel(request, panels):
    """A panel for staff who may see at least one of its parts' records."""
    user = request.user
    if not user.is_staff:
        return
    for panel, permissions in PANEL_PERMISSIONS.items():
        if any(user.has_perm(permission) for permission in permissions):
            panels.append(panel(user))
