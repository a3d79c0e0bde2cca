"""How an admin form shows a private file: its name, and a link to a download view that checks
permission.

Django's file input links a stored file to its storage URL, which a private file does not have
(`PrivateStorage.url` refuses), so every admin form holding one failed. `PrivateFileInput` names
the file and links it to the view its app registered for the field with
`register_private_download`: a view that checks who may download before it hands the file over
with `protected_file_response`. `use_in_admin_forms` (called when the portal starts) gives every
FileField of the private storage this input in every Wagtail admin form, so a new one needs only
its download view registered.
"""

import os
from collections.abc import Callable

from django import forms
from django.db import models
from django.db.models.fields.files import FieldFile
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _

from apps.core.files.uploads import PrivateStorage

_downloads: dict[tuple[str, str], Callable[[models.Model], str]] = {}


def register_private_download(model: type[models.Model], field_name: str, url: Callable) -> None:
    """Name the address, for a record, of the view that hands over this field's file to whoever
    may have it."""
    _downloads[(model._meta.label_lower, field_name)] = url


def private_download_url(field_file: FieldFile) -> str | None:
    """The permission-checked download of a stored private file, or None when none is registered."""
    instance = field_file.instance
    url = _downloads.get((instance._meta.label_lower, field_file.field.name))
    return url(instance) if url is not None and instance.pk is not None else None


def is_private(db_field: models.Field) -> bool:
    return isinstance(db_field, models.FileField) and isinstance(db_field.storage, PrivateStorage)


class PrivateFileInput(forms.ClearableFileInput):
    """A file input that names the stored file and links its download instead of a storage URL."""

    initial_text = _("Current file")

    def is_initial(self, value):
        # A stored file, not a fresh upload (which has a name but is not kept yet).
        return isinstance(value, FieldFile) and bool(value)

    def render(self, name, value, attrs=None, renderer=None):
        upload = super().render(name, None, attrs, renderer)
        if not self.is_initial(value):
            return upload
        file_name = os.path.basename(value.name)
        url = private_download_url(value)
        current = (
            format_html('<a href="{}" download>{}</a>', url, file_name)
            if url
            else format_html("<span>{}</span>", file_name)
        )
        clear = ""
        if not self.is_required:
            checkbox_name = self.clear_checkbox_name(name)
            checkbox_id = self.clear_checkbox_id(checkbox_name)
            disabled = (attrs or {}).get("disabled") or self.attrs.get("disabled")
            clear = format_html(
                ' <input type="checkbox" name="{}" id="{}"{}{}> <label for="{}">{}</label>',
                checkbox_name,
                checkbox_id,
                " disabled" if disabled else "",
                " checked" if self.checked else "",
                checkbox_id,
                self.clear_checkbox_label,
            )
        return format_html(
            '<p class="private-file">{}: {}{}</p><p>{}: {}</p>',
            self.initial_text,
            current,
            clear,
            self.input_text,
            upload,
        )


def use_in_admin_forms() -> None:
    """Every Wagtail admin form shows a FileField of the private storage with `PrivateFileInput`."""
    from wagtail.admin.forms.models import register_form_field_override

    register_form_field_override(
        models.FileField,
        override=lambda db_field: {"widget": PrivateFileInput} if is_private(db_field) else {},
    )
