"""Who may list a model's records in the admin's choosers and the page chooser.

Wagtail's snippet choosers check no permission: any account that opens the admin could list,
search and name every record of every snippet model through `/admin/snippets/choose/…`. Here a
chooser follows the model's own permission policy (the one its listing uses), and a snippet that
no admin form chooses gets no chooser at all.
"""

from django.core.exceptions import PermissionDenied
from django.db.models import Q

from wagtail.admin.views.chooser import BrowseView, ChosenMultipleView
from wagtail.models import Page
from wagtail.permission_policies.pages import PagePermissionPolicy
from wagtail.permissions import policy_registry
from wagtail.snippets.views.chooser import (
    ChooseResultsView,
    ChooseView,
    SnippetChooserViewSet,
    SnippetChosenMultipleView,
    SnippetChosenView,
)

# The actions that open a snippet's listing in the admin: any one of them lets its chooser list it.
LISTING_ACTIONS = ["add", "change", "delete", "view"]


def may_choose(user, model) -> bool:
    return policy_registry.get_by_type(model).user_has_any_permission(user, LISTING_ACTIONS)


class ModelPermissionRequired:
    """Refuses (403) a chooser's listing, search and chosen record to whoever may not list the model."""

    def dispatch(self, request, *args, **kwargs):
        if not may_choose(request.user, self.model_class):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class PermissionCheckedChooseView(ModelPermissionRequired, ChooseView):
    pass


class PermissionCheckedChooseResultsView(ModelPermissionRequired, ChooseResultsView):
    pass


class PermissionCheckedChosenView(ModelPermissionRequired, SnippetChosenView):
    pass


class PermissionCheckedChosenMultipleView(ModelPermissionRequired, SnippetChosenMultipleView):
    pass


class PermissionCheckedChooserViewSet(SnippetChooserViewSet):
    """A snippet's chooser for the staff who may list the snippet; its "create" tab already asks for "add"."""

    choose_view_class = PermissionCheckedChooseView
    choose_results_view_class = PermissionCheckedChooseResultsView
    chosen_view_class = PermissionCheckedChosenView
    chosen_multiple_view_class = PermissionCheckedChosenMultipleView


class WithoutChooser:
    """For a SnippetViewSet whose model no admin form chooses: no chooser URL lists its records."""

    def register_chooser_viewset(self):
        pass


def choosable_pages(pages, user):
    """The pages a person may pick in the page chooser: what the public sees (live and not
    restricted) and whatever their page permissions let them explore; never a draft or a
    restricted page they have no permission on."""
    public = Page.objects.live().public().values("pk")
    explorable = PagePermissionPolicy().explorable_instances(user).values("pk")
    return pages.filter(Q(pk__in=public) | Q(pk__in=explorable))


class ChoosablePageBrowseView(BrowseView):
    """The page chooser opened at a page: only at a page the person may choose, else refused.

    Wagtail's hook filters the children listed, but not the page the chooser is opened at, whose
    title it shows; a draft or restricted page is not opened for staff who may not see it.
    """

    def get_object_list(self):
        # Whether a draft is scheduled, for its status, read with the pages, not one by one.
        return super().get_object_list().annotate_approved_schedule()

    def get(self, request, parent_page_id=None):
        opened_at = Page.objects.filter(pk=parent_page_id)
        if parent_page_id is not None and not choosable_pages(opened_at, request.user).exists():
            raise PermissionDenied
        return super().get(request, parent_page_id)


class ChoosablePagesChosenMultipleView(ChosenMultipleView):
    """Names only the chosen pages the person may choose; other ids are left out, as unknown ones are."""

    def get(self, request):
        allowed = set(
            choosable_pages(Page.objects.filter(pk__in=request.GET.getlist("id")), request.user).values_list(
                "pk", flat=True
            )
        )
        query = request.GET.copy()
        query.setlist("id", [pk for pk in query.getlist("id") if pk.isdigit() and int(pk) in allowed])
        request.GET = query
        return super().get(request)
