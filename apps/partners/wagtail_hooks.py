from django.utils.translation import gettext_lazy as _

from wagtail import hooks

from apps.core.admin.snippets import ChoosableSnippetViewSet, register_snippet_menu
from apps.users.viewsets import USER_FORMSETS_HOOK

from .forms import membership_formset
from .models import ConsortiumProject, Organisation


class OrganisationViewSet(ChoosableSnippetViewSet):
    model = Organisation
    icon = "group"
    list_display = ["name", "acronym", "country", "kind", "consortium_role"]
    list_filter = ["country", "kind", "consortium_role"]
    search_fields = ["name", "acronym"]


class ProjectViewSet(ChoosableSnippetViewSet):
    model = ConsortiumProject
    icon = "folder-open-inverse"
    list_display = ["acronym", "call", "start_date", "end_date"]


register_snippet_menu(
    _("Partners"), name="partners", icon="group", items=(OrganisationViewSet, ProjectViewSet)
)


@hooks.register(USER_FORMSETS_HOOK)
def user_memberships(request):
    """A person's organisations are edited on their page under Settings → Users."""
    if request.user.has_perms([f"partners.{action}_membership" for action in ("add", "change", "delete")]):
        return membership_formset
    return None
