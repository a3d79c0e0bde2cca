"""Factories of the partner organisations, their members, and a partner: a person with a membership."""

import factory

from apps.partners.models import Membership, Organisation
from tests.users.factories import UserFactory


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


class PartnerFactory(UserFactory):
    """A member of `organisation`, by default a new organisation in Latvia."""

    membership = factory.RelatedFactory(
        MembershipFactory, factory_related_name="user", organisation=factory.SelfAttribute("..organisation")
    )

    class Meta:
        skip_postgeneration_save = True

    class Params:
        organisation = factory.SubFactory(OrganisationFactory, country="LV")
