"""Factories of the library: country overviews and published cases."""

import factory

from apps.practices.models import CountryPage, PracticeIndexPage, PracticePage
from apps.practices.selectors import facet_index_invalidate
from apps.vocabulary.models import Approach, SupportArea
from tests.core.factories import TranslatedPageFactory


class CountryPageFactory(TranslatedPageFactory):
    """A country's overview in the library; the one already there when the country has one."""

    country = "SE"
    title = factory.LazyAttribute(lambda page: f"Cases of {page.country}")
    intro = factory.LazyAttribute(lambda page: f"The cases of {page.country}.")
    parent = factory.LazyFunction(lambda: PracticeIndexPage.objects.get())

    _every_language = ("title", "slug", "intro")

    class Meta:
        model = CountryPage
        # A country has one overview page (the field is unique).
        django_get_or_create = ("parent", "country")


class PracticePageFactory(TranslatedPageFactory):
    """A published case below the library, classified by approach and support-area codes."""

    title = factory.Sequence(lambda n: f"Factory case {n}")
    summary = factory.LazyAttribute(lambda page: f"{page.title}.")
    parent = factory.LazyFunction(lambda: PracticeIndexPage.objects.get())
    country = "SE"
    original_language = "en"
    approaches = factory.LazyAttribute(
        lambda page: list(Approach.objects.filter(code__in=page.approach_codes).select_related("element"))
    )
    elements = factory.LazyAttribute(lambda page: list({approach.element for approach in page.approaches}))
    support_areas = factory.LazyAttribute(
        lambda page: list(SupportArea.objects.filter(code__in=page.area_codes))
    )
    themes = factory.LazyFunction(list)
    target_groups = factory.LazyFunction(list)

    _every_language = ("title", "slug", "summary")

    class Meta:
        model = PracticePage

    class Params:
        approach_codes = ("4.5",)
        area_codes = ("scaling",)

    @classmethod
    def _after_postgeneration(cls, instance, create, results=None):
        super()._after_postgeneration(instance, create, results)
        if create:
            # The published signal invalidates the facets on commit, which a test never reaches.
            facet_index_invalidate()
