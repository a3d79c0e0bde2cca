"""What every record's representation shares: translated fields and its public addresses.

A `TranslatedModelSerializer` names its translated fields in `Meta.translated` (the first is the
record's main text, whose languages are its `available_languages`) and, where the record has a
language of its own, the attribute holding it in `Meta.own_language`. Each comes in the answer's
language with `language`, `fallback`, `field_languages` and `available_languages` beside them
(`apps/api/language.py`). A record with public pages gives `page_url(obj, language)`, a path; the
answer carries `urls`, the absolute address in every language.
"""

from rest_framework import serializers

from django.utils import translation

from apps.core.i18n import LANGUAGE_CODES

from .language import translated_fields


class Filled(serializers.Field):
    """A field the serializer fills itself after the others (documented in the schema by its type)."""

    def __init__(self, schema_field: serializers.Field, **kwargs):
        self.schema_field = schema_field
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, value):
        return None


def language_fields(names) -> dict[str, serializers.Field]:
    fields = {
        name: Filled(serializers.CharField(), help_text="In the answer's language, or a fallback.")
        for name in names
    }
    fields["language"] = Filled(serializers.CharField(), help_text="The language asked for.")
    fields["fallback"] = Filled(
        serializers.BooleanField(), help_text="A translated field is in another language."
    )
    fields["field_languages"] = Filled(
        serializers.DictField(child=serializers.CharField()),
        help_text="The language each translated field is in.",
    )
    fields["available_languages"] = Filled(serializers.ListField(child=serializers.CharField()))
    return fields


class TranslatedModelSerializer(serializers.ModelSerializer):
    def get_fields(self):
        fields = super().get_fields()
        fields.update(language_fields(getattr(self.Meta, "translated", ())))
        if type(self).page_url is not TranslatedModelSerializer.page_url:
            fields["urls"] = Filled(
                serializers.DictField(child=serializers.URLField(allow_null=True)),
                help_text="The public page in every language (null where it is not published).",
            )
        return fields

    def answer_language(self) -> str:
        view = self.context.get("view")
        return getattr(view, "language", None) or translation.get_language()

    def page_url(self, obj, language: str) -> str | None:
        """The path of obj's public page in language, or None when it has none."""
        return None

    def to_representation(self, obj):
        data = super().to_representation(obj)
        meta = self.Meta
        names = getattr(meta, "translated", ())
        if names:
            own_attribute = getattr(meta, "own_language", None)
            own = getattr(obj, own_attribute) if own_attribute else None
            data.update(translated_fields(obj, names, self.answer_language(), own=own))
        if type(self).page_url is not TranslatedModelSerializer.page_url:
            data["urls"] = absolute_urls(self, obj)
        return data


def absolute_urls(serializer, obj) -> dict[str, str | None]:
    """obj's public page in every language as absolute addresses (None where it has none), from
    the serializer's `page_url(obj, language)`.

    page_url takes the language it is asked for, so no language is activated per record; the
    site's root is read once per request.
    """
    context = serializer.context
    request = context.get("request")
    if request is None:
        return {}
    if "api_root" not in context:
        context["api_root"] = request.build_absolute_uri("/").removesuffix("/")
    root = context["api_root"]
    return {code: (path := serializer.page_url(obj, code)) and f"{root}{path}" for code in LANGUAGE_CODES}
