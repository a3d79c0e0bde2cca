"""The kernel's part of the factories: records and pages whose translated fields take one text.

A translated field named in `_every_language` takes the one value for every language unless a
language's own is given (`summary_sv="…"`); pass `""` for a language a record is not translated
into. Pages are made with wagtail-factories, which adds each below its parent with Wagtail's
`add_child`, and are then published as an editor publishes them: a revision, the publishing
dates and the published signals.
"""

import factory
import wagtail_factories
from modeltranslation.translator import translator

from django.conf import settings

from apps.core.i18n import LANGUAGE_CODES


def every_language(names, kwargs: dict) -> dict:
    """kwargs with each named field's value given to every language that has none of its own."""
    for name in names:
        for code in LANGUAGE_CODES:
            kwargs.setdefault(f"{name}_{code}", kwargs[name])
    return kwargs


def paragraphs(*texts: str) -> list[dict]:
    """StreamField data of one paragraph per text, for a page's body."""
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


class TranslatedModelFactory(factory.django.DjangoModelFactory):
    """A record with the same text in every language unless a language's own is given."""

    # The translated fields that every language gets from the one value.
    _every_language: tuple[str, ...] = ()

    class Meta:
        abstract = True

    @classmethod
    def _build(cls, model_class, *args, **kwargs):
        return super()._build(model_class, *args, **every_language(cls._every_language, kwargs))

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        return super()._create(model_class, *args, **every_language(cls._every_language, kwargs))


class TranslatedPageFactory(wagtail_factories.PageFactory):
    """A page with the same text in every language unless a language's own is given."""

    _every_language: tuple[str, ...] = ("title", "slug")

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        every_language(cls._every_language, kwargs)
        # The untranslated column holds the default language's text, as the content loader keeps it.
        for name in translator.get_options_for_model(model_class).all_fields:
            if f"{name}_{settings.LANGUAGE_CODE}" in kwargs:
                kwargs[name] = kwargs[f"{name}_{settings.LANGUAGE_CODE}"]
        return super()._create(model_class, *args, **kwargs)

    @factory.post_generation
    def revision(page, create, extracted, **kwargs):
        """A new live page is published like an editor publishes it; a page that was there stays."""
        if create and page.live and page.first_published_at is None:
            page.save_revision().publish()
