"""Which fields of which models are stored once per language, declared in one call per app.

Each app's `translation.py` (which django-modeltranslation imports at start-up) calls
`register_translations({Model: ("field", ...), ...})`; underneath it is modeltranslation's own
`@register(Model)` on a `TranslationOptions` class per model. Options other than the fields
(`required_languages`, …) are given with `translated(...)`.
"""

from collections.abc import Mapping, Sequence

from modeltranslation.decorators import register
from modeltranslation.translator import TranslationOptions

from django.db.models import Model


def translated(*fields: str, **options) -> dict:
    """The fields with further TranslationOptions attributes, for `register_translations`."""
    return {"fields": fields, **options}


def register_translations(translations: Mapping[type[Model], Sequence[str] | dict]) -> None:
    """Registers each model's translated fields, in the order given (a base before its subclasses)."""
    for model, fields in translations.items():
        options = fields if isinstance(fields, dict) else {"fields": tuple(fields)}
        register(model)(type(f"{model.__name__}Translation", (TranslationOptions,), dict(options)))
