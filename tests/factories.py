"""Factories for the tests: people and organisations, and Wagtail pages where the site keeps them.

Pages are made with wagtail-factories, which adds each below its parent with Wagtail's
`add_child`, and are then published as an editor publishes them: a revision, the publishing
dates and the published signals. A translated field takes one text for every language unless a
language's own is given (`summary_sv="…"`); pass `""` for a language the page is not translated
into.
"""

import factory
import wagtail_factories
from modeltranslation.translator import translator

from django.conf import settings

from wagtail.models import Site

from apps.core.i18n import LANGUAGE_CODES
from apps.notifications.models import Kind, Notification
from apps.partners.models import Membership, Organisation
from apps.practices.models import CountryPage, PracticeIndexPage, PracticePage
from apps.practices.selectors import facet_index_invalidate
from apps.site.models import StandardPage
from apps.users.models import User
from apps.vocabulary.models import Approach, SupportArea


class UserFactory(factory.django.DjangoModelFactory):
    email = factory.Sequence(lambda n: f"person{n}@example.org")
    first_name = factory.Faker("first_name")
    last_name = factory.Faker("last_name")
    preferred_language = "sv"
    password = factory.django.Password("correct horse battery staple")

    class Meta:
        model = User

    class Params:
        superuser = factory.Trait(is_staff=True, is_superuser=True, preferred_language="en")


class OrganisationFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Organisation {n}")
    slug = factory.Sequence(lambda n: f"organisation-{n}")
    country = "SE"
    kind = Organisation.Kind.THIRD_SECTOR

    class Meta:
        model = Organisation


class MembershipFactory(factory.django.DjangoModelFactory):
    user = factory.SubFactory(UserFactory)
    organisation = factory.SubFactory(OrganisationFactory)

    class Meta:
        model = Membership


class NotificationFactory(factory.django.DjangoModelFactory):
    """A message of the outbox: by default a replication request to staff that could not be sent."""

    kind = Kind.REPLICATION
    template = "replication_requested"
    event_key = factory.Sequence(lambda n: f"replication_requested:{n}")
    email = "staff@example.org"
    language = "en"
    status = Notification.Status.FAILED
    context = factory.LazyFunction(lambda: {"request_id": 0})

    class Meta:
        model = Notification


def paragraphs(*texts: str) -> list[dict]:
    """StreamField data of one paragraph per text, for a page's body."""
    return [{"type": "paragraph", "value": f"<p>{text}</p>"} for text in texts]


def home_page():
    return Site.objects.get(is_default_site=True).root_page.specific


class TranslatedPageFactory(wagtail_factories.PageFactory):
    """A page with the same text in every language unless a language's own is given."""

    # Translated fields that every language gets from the one value unless given per language.
    _every_language = ("title", "slug")

    class Meta:
        abstract = True
        skip_postgeneration_save = True

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        for name in cls._every_language:
            for code in LANGUAGE_CODES:
                kwargs.setdefault(f"{name}_{code}", kwargs[name])
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


class StandardPageFactory(TranslatedPageFactory):
    title = factory.Sequence(lambda n: f"Standard page {n}")
    intro = factory.LazyAttribute(lambda page: f"What {page.title} is about.")
    parent = factory.LazyFunction(home_page)

    _every_language = ("title", "slug", "intro")

    class Meta:
        model = StandardPage


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
