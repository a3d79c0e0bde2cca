"""The mapping's makers by their old names, for the tests of other apps that still call them.

The mapping's own tests use the factories in tests/mapping/factories.py; this module goes once
nothing imports it.
"""

from apps.mapping.models import MappingEntry
from tests.mapping.factories import ENTRY_DATA, MappingEntryFactory, ReviewerFactory  # noqa: F401
from tests.partners.factories import OrganisationFactory, PartnerFactory


def partner_of(organisation, **kwargs):
    return PartnerFactory(organisation=organisation, **kwargs)


def reviewer(**kwargs):
    return ReviewerFactory(**kwargs)


def organisation(country="LV", **kwargs):
    return OrganisationFactory(country=country, **kwargs)


def entry_of(user, org, kind=MappingEntry.Kind.INITIATIVE, scores=None, **data):
    return MappingEntryFactory(user=user, organisation=org, kind=kind, scores=scores, **data)
