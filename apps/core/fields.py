"""Fields the apps' models share, each written once.

A factory rather than an abstract model: the field keeps its place among the model's own fields,
so forms, exports and migrations see the same model as before.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


def demo_marker(**kwargs) -> models.BooleanField:
    """`is_demo`: set by the demo loader on the records it makes, so that it can remove them again."""
    return models.BooleanField(_("demo data"), default=False, editable=False, **kwargs)


def created_stamp(verbose_name=None, **kwargs) -> models.DateTimeField:
    """When the record was made; the label says what making it means (created, added, received)."""
    return models.DateTimeField(verbose_name or _("created"), auto_now_add=True, **kwargs)


def updated_stamp() -> models.DateTimeField:
    """When the record was last saved."""
    return models.DateTimeField(_("updated"), auto_now=True)


def optional_foreign_key(to, *, on_delete=models.SET_NULL, **kwargs) -> models.ForeignKey:
    """A link that may be left empty (`null` and `blank`); by default it empties when its target goes."""
    return models.ForeignKey(to, on_delete=on_delete, null=True, blank=True, **kwargs)
