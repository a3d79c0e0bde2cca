"""Factories of WP4's knowledge hub and thematic selections.

The support areas, process elements and themes they are classified by come with the
vocabulary; a factory names them by code or number.
"""

import factory

from apps.capacity.models import HubItem, ThematicArea, ThematicSelection
from apps.capacity.selectors import hub_invalidate, search_vectors_refresh
from apps.vocabulary.models import ProcessElement, SupportArea, Theme
from tests.core.factories import TranslatedModelFactory


class HubItemFactory(TranslatedModelFactory):
    """A public Swedish tool in English, about scaling, at the first process element.

    Its search vectors are computed and the hub's cache dropped, as publishing it does, unless
    `refresh=False`.
    """

    slug = factory.Sequence(lambda n: f"hub-item-{n}")
    title = factory.LazyAttribute(lambda item: item.slug.replace("-", " ").capitalize())
    description = "A tool for social innovation."
    support_area = factory.LazyAttribute(lambda item: SupportArea.objects.get(code=item.area))
    element = factory.LazyAttribute(lambda item: ProcessElement.objects.get(number=item.element_number))
    language = "en"
    country = "SE"
    link = factory.LazyAttribute(lambda item: f"https://example.org/{item.slug}")
    is_public = True

    _every_language = ("title", "description")

    class Meta:
        model = HubItem
        skip_postgeneration_save = True

    class Params:
        area = "scaling"
        element_number = 1

    @factory.post_generation
    def refresh(item, create, extracted, **kwargs):
        if create and extracted is not False:
            search_vectors_refresh(ids=[item.pk])
            hub_invalidate()


class ThematicAreaFactory(factory.django.DjangoModelFactory):
    selection = factory.SubFactory("tests.capacity.factories.ThematicSelectionFactory")
    position = 1
    theme = factory.LazyAttribute(lambda area: Theme.objects.order_by("pk")[area.position - 1])

    class Meta:
        model = ThematicArea


class ThematicSelectionFactory(TranslatedModelFactory):
    """A country's public choice of themes, given as `themes` in their order."""

    country = "SE"
    process = "Workshops with the ecosystem."
    is_public = True

    _every_language = ("process",)

    class Meta:
        model = ThematicSelection
        skip_postgeneration_save = True

    @factory.post_generation
    def themes(selection, create, themes, **kwargs):
        for position, theme in enumerate(themes or (), start=1):
            ThematicAreaFactory(selection=selection, position=position, theme=theme)
