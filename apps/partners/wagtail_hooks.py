from django.utils.translation import gettext_lazy as _

from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from apps.core.permissions import PermissionCheckedChooserViewSet
from apps.users.viewsets import USER_FORMSETS_HOOK

from .forms import membership_formset
from .models import ConsortiumProject, Organisation


class OrganisationViewSet(SnippetViewSet):
    model = Organisation
    chooser_viewset_class = PermissionCheckedChooserViewSet
    icon = "group"
    list_display = ["name", "acronym", "country", "kind", "consortium_role"]
    list_filter = ["country", "kind", "consortium_role"]
    search_fields = ["name", "acronym"]


class ProjectViewSet(SnippetViewSet):
    model = ConsortiumProject
    chooser_viewset_class = PermissionCheckedChooserViewSet
    icon = "folder-open-inverse"
    list_display = ["acronym", "call", "start_date", "end_date"]


class PartnersViewSetGroup(SnippetViewSetGroup):
    items = (OrganisationViewSet, ProjectViewSet)
    menu_icon = "group"
    menu_label = _("Partners")
    menu_name = "partners"


register_snippet(PartnersViewSetGroup)


@hooks.register(USER_FORMSETS_HOOK)
def user_memberships(request):
    """A person's organisations are edited on their page under Settings → Users."""
    if request.user.has_perms([f"partners.{action}_membership" for action in ("add", "change", "delete")]):
        return membership_formset
    return None
