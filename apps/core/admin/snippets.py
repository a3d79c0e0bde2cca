"""The apps' snippets in the Wagtail admin: one listing per model, grouped under one menu item per app.

Each listing is either chosen by some admin form, and then its chooser lists records only to staff
who may list the model, or chosen by none, and then it has no chooser URL at all (see
`apps.core.permissions`). A listing names the relations its rows show, so that they are read with
the rows instead of one query per row.
"""

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from apps.core.permissions import PermissionCheckedChooserViewSet, WithoutChooser


class RelatedRowsViewSet(SnippetViewSet):
    # The relations the listing's rows show (`select_related`), read with the rows.
    list_select_related: tuple[str, ...] = ()

    def get_queryset(self, request):
        if not self.list_select_related:
            return None  # Wagtail's own queryset
        return self.model._default_manager.select_related(*self.list_select_related)


class ChoosableSnippetViewSet(RelatedRowsViewSet):
    """A snippet some admin form chooses: its chooser lists it to staff who may list the model."""

    chooser_viewset_class = PermissionCheckedChooserViewSet


class UnchosenSnippetViewSet(WithoutChooser, RelatedRowsViewSet):
    """A snippet no admin form chooses: no chooser URL lists its records."""


def register_snippet_menu(label, *, name: str, icon: str, items: tuple[type[SnippetViewSet], ...]):
    """One admin menu item, `label`, holding the app's snippet listings in the order given."""
    group = type(
        f"{name.title().replace('-', '')}ViewSetGroup",
        (SnippetViewSetGroup,),
        {"items": items, "menu_icon": icon, "menu_label": label, "menu_name": name},
    )
    register_snippet(group)
    return group
