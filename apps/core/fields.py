"""Fields the apps' models share, each written once.

A factory rather than an abstract model: the field keeps its place among the model's own fields,
so forms, exports and migrations see the same model as before.
"""

from django.conf import settings
from django.contrib.contenttypes.fields import GenericRelation
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


def language_field(verbose_name=None, **kwargs) -> models.CharField:
    """One of the portal's languages, by its code: the language a text is written in or a person reads."""
    return models.CharField(verbose_name or _("language"), max_length=8, choices=settings.LANGUAGES, **kwargs)


def public_flag(help_text="", *, default: bool = False) -> models.BooleanField:
    """`is_public`: whether the public pages show the record; the help says where and what they show.

    Off by default, so a record waits for staff to publish it; records that are public as they
    are entered (events, register projects, hub tools) say `default=True`.
    """
    return models.BooleanField(_("public"), default=default, help_text=help_text)


def revisions_relation(related_query_name: str) -> GenericRelation:
    """`_revisions`: a record's Wagtail revisions, deleted with it instead of left behind.

    Wagtail's RevisionMixin keeps revisions by content type and id only; this relation lets the
    database delete them with the record and lets a revision query name the record's model.
    """
    return GenericRelation("wagtailcore.Revision", related_query_name=related_query_name)
