"""Factories of the mapping: reviewers, and entries written and reviewed through the services.

An entry is made as a partner's form makes it, through `entry_create` (and `entry_update` for an
assessment's scores), so it carries its revision and grid like a real one; `approved_by=reviewer`
then has its author submit it and the reviewer approve it. An approved assessment is what the
public comparison counts; `ApprovedAssessmentFactory` makes one.
"""

import factory

from django.contrib.auth.models import Group

from apps.mapping import services
from apps.mapping.models import MappingEntry
from apps.mapping.selectors import criteria_of, current_grid
from apps.mapping.services import REVIEWERS_GROUP, ScoreInput
from tests.partners.factories import OrganisationFactory, PartnerFactory
from tests.users.factories import UserFactory

# An entry as a partner's form sends it, valid in every field.
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


class ReviewerFactory(UserFactory):
    """A member of staff in the mapping's reviewers group, who works in English."""

    is_staff = True
    preferred_language = "en"

    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def reviewers_group(user, create, extracted, **kwargs):
        if create:
            user.groups.add(Group.objects.get(name=REVIEWERS_GROUP))


class MappingEntryFactory(factory.django.DjangoModelFactory):
    """A draft initiative written by `user`, a member of `organisation` (a new partner of a new one).

    An assessment is scored 3 on every criterion of the current grid unless `scores` are given.
    """

    organisation = factory.SubFactory(OrganisationFactory, country="LV")
    user = factory.SubFactory(PartnerFactory, organisation=factory.SelfAttribute("..organisation"))
    kind = MappingEntry.Kind.INITIATIVE
    scores = None
    title = ENTRY_DATA["title"]
    country = ENTRY_DATA["country"]
    language = ENTRY_DATA["language"]
    description = ENTRY_DATA["description"]
    strengths = ENTRY_DATA["strengths"]
    weaknesses = ENTRY_DATA["weaknesses"]
    barriers = ENTRY_DATA["barriers"]
    inspiring_initiatives = ENTRY_DATA["inspiring_initiatives"]
    links = factory.LazyFunction(lambda: list(ENTRY_DATA["links"]))

    class Meta:
        model = MappingEntry
        skip_postgeneration_save = True

    @classmethod
    def _create(cls, model_class, *, user, organisation, kind, scores, **data):
        entry = services.entry_create(user=user, organisation=organisation, kind=kind, data=data)
        if kind == MappingEntry.Kind.ASSESSMENT:
            criteria = list(criteria_of(current_grid()))
            entry = services.entry_update(
                entry=entry,
                user=user,
                data={},
                edit_version=entry.edit_version,
                scores=[
                    ScoreInput(criterion=criterion, score=score)
                    for criterion, score in zip(criteria, scores or [3] * len(criteria), strict=True)
                ],
            )
        return entry

    @factory.post_generation
    def approved_by(entry, create, reviewer, **kwargs):
        """Submitted by its author and approved by reviewer, when one is given."""
        if create and reviewer is not None:
            approve(entry, reviewer)


class ApprovedAssessmentFactory(MappingEntryFactory):
    """An assessment of its organisation's country, submitted by its author and approved by
    `approved_by` (a new reviewer unless given): what the public comparison counts."""

    kind = MappingEntry.Kind.ASSESSMENT
    country = factory.SelfAttribute("organisation.country")

    @factory.post_generation
    def approved_by(entry, create, reviewer, **kwargs):
        if create:
            approve(entry, reviewer or ReviewerFactory())


def approve(entry: MappingEntry, reviewer) -> None:
    """The entry submitted by its author and approved by reviewer, as they do it in the portal."""
    services.entry_transition(entry=entry, user=entry.created_by, action="submit")
    services.entry_transition(entry=entry, user=reviewer, action="approve")
    entry.refresh_from_db()
