"""Factories of the editorial vocabularies: themes and target groups.

The process elements, approaches and support areas come with the project's content and are
looked up by code, not made.
"""

import factory

from apps.vocabulary.models import TargetGroup, Theme
from tests.core.factories import TranslatedModelFactory


class ThemeFactory(TranslatedModelFactory):
    """A theme named alike in every language unless a language's own name is given."""

    code = factory.Sequence(lambda n: f"theme-{n}")
    name = factory.LazyAttribute(lambda theme: theme.code.replace("-", " ").capitalize())

    _every_language = ("name",)

    class Meta:
        model = Theme


class TargetGroupFactory(TranslatedModelFactory):
    """A target group named alike in every language unless a language's own name is given."""

    code = factory.Sequence(lambda n: f"group-{n}")
    name = factory.LazyAttribute(lambda group: group.code.replace("-", " ").capitalize())

    _every_language = ("name",)

    class Meta:
        model = TargetGroup
