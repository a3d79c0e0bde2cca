"""Events and registrations in the Wagtail admin, with each event's participant list and CSV.

An event is a snippet with revisions, so Wagtail's history shows who changed what and when,
and two versions can be compared. Registrations arrive through the public form; staff see,
filter and search them.
"""

from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.admin.panels import FieldPanel, ObjectList
from wagtail.admin.ui.tables import Column
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import register_permission_policy

from apps.core.admin.snippets import CheckedStatusEditView, UnchosenSnippetViewSet, register_snippet_menu
from apps.core.admin.views import register_admin_views, register_listing_button
from apps.core.zoned_time import local_text

from . import admin_views, services
from .forms import RegistrationAdminForm
from .models import Activity, Registration


class RegistrationPermissionPolicy(ModelPermissionPolicy):
    """Registrations arrive through the public form, which decides between a place and the
    waiting list: staff see, change and delete them, but do not add them."""

    def user_has_permission(self, user, action):
        return action != "add" and super().user_has_permission(user, action)

    def users_with_any_permission(self, actions):
        return super().users_with_any_permission([action for action in actions if action != "add"])


register_permission_policy(Registration, RegistrationPermissionPolicy(Registration))


class ActivityViewSet(UnchosenSnippetViewSet):
    model = Activity
    icon = "date"
    list_display = [
        "title",
        "kind",
        "work_package",
        # The clock where the event takes place, with its zone named, whatever the editor's own.
        Column(
            "start",
            label=_("start"),
            accessor=lambda activity: local_text(activity.start, activity.time_zone),
            sort_key="start",
        ),
        "country",
        "is_public",
        "registration_open",
    ]
    list_filter = ["kind", "work_package", "country", "is_public", "registration_open", "status"]
    search_fields = ["title", "slug"]
    ordering = ["-start"]
    inspect_view_enabled = True


class RegistrationViewSet(UnchosenSnippetViewSet):
    model = Registration
    edit_view_class = CheckedStatusEditView
    edit_handler = ObjectList(
        [
            FieldPanel("activity", read_only=True),
            FieldPanel("status"),
            FieldPanel("name"),
            FieldPanel("email"),
            FieldPanel("organisation"),
            FieldPanel("language"),
            FieldPanel("created", read_only=True),
            FieldPanel("promoted", read_only=True),
            FieldPanel("cancelled", read_only=True),
            FieldPanel("anonymised", read_only=True),
        ],
        base_form_class=RegistrationAdminForm,
    )
    icon = "user"
    list_display = [
        "name",
        "email",
        "activity",
        "status",
        "language",
        Column(
            "created",
            label=_("registered"),
            accessor=lambda registration: local_text(registration.created, registration.activity.time_zone),
            sort_key="created",
        ),
    ]
    list_filter = ["status", "language", "activity", "received_without_rate_limit"]
    search_fields = ["name", "email", "organisation"]
    ordering = ["-created"]
    inspect_view_enabled = True


register_snippet_menu(
    _("Events"), name="activities", icon="date", items=(ActivityViewSet, RegistrationViewSet)
)
register_admin_views(
    ("activities/<int:pk>/participants/", admin_views.participants, "activities_participants"),
    ("activities/<int:pk>/participants.csv", admin_views.participants_csv, "activities_participants_csv"),
)
register_listing_button(
    Activity, _("Participants"), "activities_participants", icon="group", permission=admin_views.PERMISSION
)


@hooks.register("after_edit_snippet")
def waiting_list_after_edit(request, instance):
    """A capacity raised or removed in the admin gives the waiting list the places at once."""
    if isinstance(instance, Activity):
        services.capacity_changed(activity=instance)
