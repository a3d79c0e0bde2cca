"""Factories of the site's own pages, below the home page."""

import factory

from wagtail.models import Site

from apps.site.models import StandardPage
from tests.core.factories import TranslatedPageFactory


def home_page():
    return Site.objects.get(is_default_site=True).root_page.specific


class StandardPageFactory(TranslatedPageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    intro = factory.LazyAttribute(lambda page: f"What {page.title} is about.")
    parent = factory.LazyFunction(home_page)

    _every_language = ("title", "slug", "intro")

    class Meta:
        model = StandardPage
