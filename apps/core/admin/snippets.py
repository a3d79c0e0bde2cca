"""The apps' snippets in the Wagtail admin: one listing per model, grouped under one menu item per app.

Each listing is either chosen by some admin form, and then its chooser lists records only to staff
who may list the model, or chosen by none, and then it has no chooser URL at all (see
`apps.core.permissions`). The relations a listing's columns or export name are read with the rows
instead of one query per row, and its export is named after the model in English
("work-packages.csv") whatever the editor's language.
"""

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import transaction
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.text import slugify

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import EditView, SnippetViewSet, SnippetViewSetGroup

from apps.core.permissions import PermissionCheckedChooserViewSet, WithoutChooser


class RelatedRowsViewSet(SnippetViewSet):
    # Relations the rows show other than in a column or the export of their own (`select_related`),
    # say through the model's `__str__`.
    list_select_related: tuple[str, ...] = ()

    @cached_property
    def related_rows(self) -> tuple[str, ...]:
        """The relations read with the rows: list_select_related, and those the columns and export name."""
        names = dict.fromkeys(self.list_select_related)
        for columns in (self.list_display, self.list_export):
            # Either may be left to Wagtail (its UNDEFINED): then it names no relation.
            for column in columns if isinstance(columns, (list, tuple)) else ():
                name = column if isinstance(column, str) else getattr(column, "name", "")
                try:
                    field = self.model._meta.get_field(name)
                except FieldDoesNotExist:
                    continue
                if field.many_to_one or field.one_to_one:
                    names[name] = None
        return tuple(names)

    def get_queryset(self, request):
        if not self.related_rows:
            return None  # Wagtail's own queryset
        return self.model._default_manager.select_related(*self.related_rows)

    @cached_property
    def export_filename(self):
        """The model's plural name in English as a file name ("work-packages"), as the export's name."""
        with translation.override("en"):
            return slugify(str(self.model._meta.verbose_name_plural))


class ChoosableSnippetViewSet(RelatedRowsViewSet):
    """A snippet some admin form chooses: its chooser lists it to staff who may list the model."""

    chooser_viewset_class = PermissionCheckedChooserViewSet


class CheckedStatusEditView(EditView):
    """An edit whose save checks the record's status again with its row locked, in one transaction.

    The form's save (a service) raises ValidationError when the change is no longer allowed (another
    editor decided first, the event filled up): the error is shown on the status field and nothing
    is saved.
    """

    def form_valid(self, form):
        try:
            with transaction.atomic():
                return super().form_valid(form)
        except ValidationError as exc:
            form.add_error("status", exc)
            self.produced_error_code = "validation_error"
            self.produced_error_message = self.get_error_message()
            return self.form_invalid(form)


class UnchosenSnippetViewSet(WithoutChooser, RelatedRowsViewSet):
    """A snippet no admin form chooses: no chooser URL lists its records."""


def snippet_viewset(model, icon: str, *, chosen: bool = False, **options) -> type[RelatedRowsViewSet]:
    """The listing of model, in one line of a menu's items, when it sets only Wagtail's options.

    chosen: some admin form chooses the model (ChoosableSnippetViewSet), else none does. A
    listing that changes Wagtail's views or methods is a class of its own.
    """
    base = ChoosableSnippetViewSet if chosen else UnchosenSnippetViewSet
    return type(f"{model.__name__}ViewSet", (base,), {"model": model, "icon": icon, **options})


def register_snippet_menu(label, *, name: str, icon: str, items: tuple[type[SnippetViewSet], ...]):
    """One admin menu item, `label`, holding the app's snippet listings in the order given."""
    group = type(
        f"{name.title().replace('-', '')}ViewSetGroup",
        (SnippetViewSetGroup,),
        {"items": items, "menu_icon": icon, "menu_label": label, "menu_name": name},
    )
    register_snippet(group)
    return group
