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
    name = "project_work"
    order = 50
    template_name = "site/admin/project_work_panel.html"

    def get_context_data(self, parent_context=None):
        now = timezone.now()
        return {
            "title": _("Project work"),
            "overdue": list(overdue_deliverables(timezone.localdate())),
            "upcoming": upcoming_with_registrations(now),
            "pilots": pilots_by_stage(),
        }


class RegisterAndStrategiesPanel(Component):
    name = "register_and_strategies"
    order = 60
    template_name = "site/admin/register_panel.html"

    def get_context_data(self, parent_context=None):
        today = timezone.localdate()
        return {
            "title": _("Register and strategies"),
            "overdue_items": overdue_action_items(today),
            "projects_by_status": projects_by_status(today),
            "engagements_this_quarter": engagements_this_quarter(today),
        }


@hooks.register("construct_homepage_panels")
def add_project_work_panel(request, panels):
    if request.user.is_staff:
        panels.append(ProjectWorkPanel())
        panels.append(RegisterAndStrategiesPanel())
