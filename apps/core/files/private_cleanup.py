"""A private file goes with its record: deleted from disk once the transaction that deleted the
record, or replaced or cleared its file, has committed.

Django deletes no file when its row goes, so the files of deleted mapping entries (their
attachments), deliverables and reports stayed on disk after the portal had forgotten them.
`delete_with_records` (called when the portal starts) connects, for every model with a
FileField of the private storage, a post_delete receiver and a pre_save/post_save pair that
notices a replaced or cleared file, so a new model with a private file needs nothing more.

The file goes only on commit: a rolled-back delete or save keeps its row, so it must keep its
file. It goes only when no row of the model still names it. Changes made with
`QuerySet.update()` send no signal: code that replaces a file that way deletes the old one
itself (apps/reports/services.py does).
"""

from django.apps import apps
from django.db import models, transaction
from django.db.models.signals import post_delete, post_save, pre_save

from apps.core.files.private_input import is_private

# The names a record's private files had in the database, from pre_save to post_save.
_NAMES_BEFORE_SAVE = "_private_file_names_before_save"


def private_file_fields(model: type[models.Model]) -> list[str]:
    return [field.name for field in model._meta.concrete_fields if is_private(field)]


def delete_on_commit(model: type[models.Model], field_name: str, name: str, using: str) -> None:
    """Delete the stored file `name` of model's field after commit, unless a row still names it."""
    if not name:
        return
    storage = model._meta.get_field(field_name).storage

    def delete():
        if not model._base_manager.using(using).filter(**{field_name: name}).exists():
            storage.delete(name)

    transaction.on_commit(delete, using=using)


def _record_deleted(sender, instance, using, **kwargs):
    for field_name in private_file_fields(sender):
        delete_on_commit(sender, field_name, getattr(instance, field_name).name, using)


def _record_saving(sender, instance, raw, using, update_fields, **kwargs):
    if raw or instance._state.adding or instance.pk is None:
        return
    names = [name for name in private_file_fields(sender) if update_fields is None or name in update_fields]
    if not names:
        return
    before = sender._base_manager.using(using).filter(pk=instance.pk).values(*names).first()
    if before:
        setattr(instance, _NAMES_BEFORE_SAVE, before)


def _record_saved(sender, instance, raw, using, **kwargs):
    before = instance.__dict__.pop(_NAMES_BEFORE_SAVE, None)
    if not before:
        return
    for field_name, old_name in before.items():
        if old_name and old_name != getattr(instance, field_name).name:
            delete_on_commit(sender, field_name, old_name, using)


def models_with_private_files() -> list[type[models.Model]]:
    return [model for model in apps.get_models() if private_file_fields(model)]


def delete_with_records() -> None:
    """Connect the clean-up for every model with a private file (once per model)."""
    for model in models_with_private_files():
        uid = f"private-files-{model._meta.label_lower}"
        post_delete.connect(_record_deleted, sender=model, weak=False, dispatch_uid=f"{uid}-deleted")
        pre_save.connect(_record_saving, sender=model, weak=False, dispatch_uid=f"{uid}-saving")
        post_save.connect(_record_saved, sender=model, weak=False, dispatch_uid=f"{uid}-saved")
