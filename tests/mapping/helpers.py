"""Shared makers for the mapping's tests: partners of two organisations, staff, and entries."""

from django.contrib.auth.models import Group

from apps.mapping import services
from apps.mapping.models import MappingEntry
from apps.mapping.selectors import criteria_of, current_grid
from apps.mapping.services import REVIEWERS_GROUP, ScoreInput
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory

PASSWORD = "correct horse battery staple"

ENTRY_DATA = {
    "title": "Regional social innovation hub",
    "country": "LV",
    "language": "lv",
    "description": "A hub that connects municipalities and NGOs.",
    "strengths": "Strong municipal support.",
    "weaknesses": "Short-term funding.",
    "barriers": "Procurement rules.",
    "inspiring_initiatives": "Riga social enterprise days.",
    "links": ["https://example.org/hub"],
}


def partner_of(organisation, **kwargs):
    user = UserFactory(**kwargs)
    MembershipFactory(user=user, organisation=organisation)
    return user


def reviewer(**kwargs):
    user = UserFactory(is_staff=True, preferred_language="en", **kwargs)
    user.groups.add(Group.objects.get(name=REVIEWERS_GROUP))
    return user


def organisation(country="LV", **kwargs):
    return OrganisationFactory(country=country, **kwargs)


def entry_of(user, org, kind=MappingEntry.Kind.INITIATIVE, scores=None, **data):
    entry = services.entry_create(user=user, organisation=org, kind=kind, data={**ENTRY_DATA, **data})
    if kind == MappingEntry.Kind.ASSESSMENT:
        criteria = list(criteria_of(current_grid()))
        values = scores or [3] * len(criteria)
        entry = services.entry_update(
            entry=entry,
            user=user,
            data={},
            edit_version=entry.edit_version,
            scores=[ScoreInput(criterion=c, score=v) for c, v in zip(criteria, values, strict=True)],
        )
    return entry


def approved(user, org, staff, **kwargs):
    entry = entry_of(user, org, **kwargs)
    services.entry_transition(entry=entry, user=user, action="submit")
    services.entry_transition(entry=entry, user=staff, action="approve")
    entry.refresh_from_db()
    return entry
