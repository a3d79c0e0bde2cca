"""A guard for the whole class of bug: no Python representation on a partner's page, in any language."""

import pytest

from django.conf import settings
from django.urls import reverse
from django.utils import translation

from apps.mapping import services
from apps.mapping.models import MappingEntry
from tests.mapping.factories import MappingEntryFactory, ReviewerFactory
from tests.partners.factories import OrganisationFactory, PartnerFactory

pytestmark = pytest.mark.django_db

REPR_MARKS = ("[<", "<QuerySet", "object at 0x", "&lt;QuerySet", "[&lt;")


def partner_pages(entry):
    yield reverse("mapping:entries")
    for kind in MappingEntry.Kind.values:
        yield reverse("mapping:entry_create", args=[kind])
    yield reverse("mapping:entry", args=[entry.pk])
    yield reverse("mapping:entry_edit", args=[entry.pk])
    yield reverse("mapping:entry_edit", args=[entry.pk]) + "?check=submit"
    yield reverse("notifications:preferences")
    yield reverse("account:home")


@pytest.mark.parametrize("organisations", [1, 2])
def test_no_python_repr_on_a_partners_pages(client, organisations):
    first = OrganisationFactory(country="LV", name="Society Integration Foundation", acronym="SIF")
    partner = PartnerFactory(organisation=first)
    if organisations == 2:
        from tests.partners.factories import MembershipFactory

        MembershipFactory(user=partner, organisation=OrganisationFactory(country="SE", name="Region Skåne"))
    entry = MappingEntryFactory(
        user=partner, organisation=first, kind=MappingEntry.Kind.ASSESSMENT, description=""
    )
    client.force_login(partner)
    for language, _name in settings.LANGUAGES:
        with translation.override(language):
            urls = list(partner_pages(entry))
        for url in urls:
            response = client.get(url)
            assert response.status_code == 200, (url, response.status_code)
            page = response.content.decode()
            for mark in REPR_MARKS:
                assert mark not in page, (url, mark)
    with translation.override("en"):
        page = client.get(reverse("mapping:entries")).content.decode()
    assert "Society Integration Foundation" in page


def test_the_entries_page_names_the_organisation(client):
    partner = PartnerFactory(
        organisation=OrganisationFactory(country="LV", name="Society Integration Foundation", acronym="SIF")
    )
    client.force_login(partner)
    with translation.override("es"):
        page = client.get(reverse("mapping:entries")).content.decode()
    assert "Escribe en nombre de Society Integration Foundation" in page


def test_a_reviewed_entry_page_has_no_repr(client):
    org = OrganisationFactory(country="LV")
    partner, staff = PartnerFactory(organisation=org), ReviewerFactory()
    entry = MappingEntryFactory(user=partner, organisation=org)
    services.entry_transition(entry=entry, user=partner, action="submit")
    services.entry_transition(entry=entry, user=staff, action="request_changes", comment="More detail.")
    client.force_login(partner)
    for url in (reverse("mapping:entries"), reverse("mapping:entry", args=[entry.pk])):
        page = client.get(url).content.decode()
        assert not any(mark in page for mark in REPR_MARKS)
