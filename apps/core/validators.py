"""Checks the apps' models share.

A translated field falls back to the default language in every other language, so a record is
not valid without its text in the default language: the one check, with the message each model
gives for it.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

from apps.core.i18n import localized_field


def default_language_errors(instance, fields: tuple[str, ...], message) -> dict[str, str]:
    """{column of the default language: message} for each of the fields not written in it."""
    errors = {}
    for field in fields:
        name = localized_field(field, settings.MODELTRANSLATION_DEFAULT_LANGUAGE)
        if not getattr(instance, name, None):
            errors[name] = message
    return errors


def require_default_language(instance, field: str, message) -> None:
    """Refuse a record whose field is not written in the default language."""
    errors = default_language_errors(instance, (field,), message)
    if errors:
        raise ValidationError(errors)


TITLE_MESSAGE = _("Give a title in the default language at least.")


def require_title(instance) -> None:
    """Refuse a record whose translated `title` is not written in the default language."""
    require_default_language(instance, "title", TITLE_MESSAGE)
