"""The review's state machine, its history, the diff between submissions, and stale edits."""

import pytest

from django.core.exceptions import PermissionDenied, ValidationError

from apps.mapping import events, services
from apps.mapping.models import EntryStatus, MappingEntry, Transition
from apps.mapping.selectors import submission_diff
from tests.mapping.factories import MappingEntryFactory, ReviewerFactory
from tests.partners.factories import MembershipFactory, OrganisationFactory, PartnerFactory
from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def people():
    org = OrganisationFactory(country="LV")
    return {
        "org": org,
        "partner": PartnerFactory(organisation=org),
        "staff": ReviewerFactory(),
        "stranger": PartnerFactory(),
    }


def test_the_full_review_keeps_every_step_with_who_and_why(people, django_capture_on_commit_callbacks):
    partner, staff = people["partner"], people["staff"]
    entry = MappingEntryFactory(user=partner, organisation=people["org"])
    sent = []

    def listen(signal):
        def receiver(sender, entry_id, transition_id, **kwargs):
            sent.append((signal, entry_id))

        return receiver

    receivers = {name: listen(name) for name in ("submitted", "changes", "resubmitted", "approved")}
    events.entry_submitted.connect(receivers["submitted"])
    events.changes_requested.connect(receivers["changes"])
    events.entry_resubmitted.connect(receivers["resubmitted"])
    events.entry_approved.connect(receivers["approved"])
    try:
        with django_capture_on_commit_callbacks(execute=True):
            services.entry_transition(entry=entry, user=partner, action="submit")
            services.entry_transition(
                entry=entry, user=staff, action="request_changes", comment="Name the municipalities."
            )
            entry.refresh_from_db()
            services.entry_update(
                entry=entry,
                user=partner,
                data={"description": "A hub that connects Riga, Valmiera and NGOs."},
                edit_version=entry.edit_version,
            )
            services.entry_transition(entry=entry, user=partner, action="submit")
            services.entry_transition(entry=entry, user=staff, action="approve")
    finally:
        for name, signal in (
            ("submitted", events.entry_submitted),
            ("changes", events.changes_requested),
            ("resubmitted", events.entry_resubmitted),
            ("approved", events.entry_approved),
        ):
            signal.disconnect(receivers[name])
    entry.refresh_from_db()
    assert entry.status == EntryStatus.APPROVED
    steps = list(
        Transition.objects.filter(entry=entry).values_list("from_status", "to_status", "actor", "comment")
    )
    assert steps == [
        ("draft", "submitted", partner.pk, ""),
        ("submitted", "changes_requested", staff.pk, "Name the municipalities."),
        ("changes_requested", "resubmitted", partner.pk, ""),
        ("resubmitted", "approved", staff.pk, ""),
    ]
    assert [name for name, _id in sent] == ["submitted", "changes", "resubmitted", "approved"]
    diff = submission_diff(entry)
    assert [str(change["field"]) for change in diff] == ["Description"]
    assert ("+", "A hub that connects Riga, Valmiera and NGOs.") in diff[0]["lines"]
    assert ("-", "A hub that connects municipalities and NGOs.") in diff[0]["lines"]


def test_only_members_submit_and_only_reviewers_decide(people):
    entry = MappingEntryFactory(user=people["partner"], organisation=people["org"])
    with pytest.raises(PermissionDenied):
        services.entry_transition(entry=entry, user=people["stranger"], action="submit")
    services.entry_transition(entry=entry, user=people["partner"], action="submit")
    with pytest.raises(PermissionDenied):
        services.entry_transition(entry=entry, user=people["partner"], action="approve")


def test_a_decision_other_than_approval_needs_a_comment(people):
    entry = MappingEntryFactory(user=people["partner"], organisation=people["org"])
    services.entry_transition(entry=entry, user=people["partner"], action="submit")
    with pytest.raises(ValidationError):
        services.entry_transition(entry=entry, user=people["staff"], action="reject", comment="  ")


def test_steps_out_of_order_are_refused(people):
    entry = MappingEntryFactory(user=people["partner"], organisation=people["org"])
    with pytest.raises(ValidationError):
        services.entry_transition(entry=entry, user=people["staff"], action="approve")
    services.entry_transition(entry=entry, user=people["partner"], action="submit")
    with pytest.raises(ValidationError):
        services.entry_transition(entry=entry, user=people["partner"], action="submit")


def test_an_entry_in_review_cannot_be_edited(people):
    entry = MappingEntryFactory(user=people["partner"], organisation=people["org"])
    services.entry_transition(entry=entry, user=people["partner"], action="submit")
    entry.refresh_from_db()
    with pytest.raises(ValidationError):
        services.entry_update(
            entry=entry, user=people["partner"], data={"title": "x"}, edit_version=entry.edit_version
        )


def test_a_stale_edit_is_refused_and_the_other_version_is_kept(people):
    org = people["org"]
    colleague = PartnerFactory(organisation=org)
    entry = MappingEntryFactory(user=people["partner"], organisation=org)
    opened = entry.edit_version
    services.entry_update(
        entry=entry, user=colleague, data={"title": "Colleague's title"}, edit_version=opened
    )
    with pytest.raises(services.StaleEntry) as stale:
        services.entry_update(
            entry=entry, user=people["partner"], data={"title": "My title"}, edit_version=opened
        )
    assert stale.value.current.title == "Colleague's title"
    assert MappingEntry.objects.get(pk=entry.pk).title == "Colleague's title"


def test_an_assessment_needs_every_criterion_scored_to_be_submitted(people):
    entry = services.entry_create(
        user=people["partner"],
        organisation=people["org"],
        kind=MappingEntry.Kind.ASSESSMENT,
        data={"title": "Latvia 2026", "country": "LV", "language": "lv", "description": "Assessment."},
    )
    with pytest.raises(ValidationError) as error:
        services.entry_transition(entry=entry, user=people["partner"], action="submit")
    assert "Score every criterion" in str(error.value)


def test_the_loader_grid_has_the_ten_criteria_in_five_languages():
    from apps.mapping.selectors import criteria_of, current_grid

    criteria = list(criteria_of(current_grid()))
    assert len(criteria) == 10
    assert [c.kind for c in criteria].count("element") == 5
    assert all(c.name_sv and c.name_lv and c.guidance_3_fr for c in criteria)
    assert criteria[0].guidance_1_lv != criteria[0].guidance_1_en


@pytest.mark.parametrize("action", ["approve", "request_changes", "reject"])
def test_a_reviewer_does_not_decide_on_an_entry_of_their_own_organisation(people, action):
    entry = MappingEntryFactory(user=people["partner"], organisation=people["org"])
    services.entry_transition(entry=entry, user=people["partner"], action="submit")
    insider = ReviewerFactory()
    MembershipFactory(user=insider, organisation=people["org"])
    with pytest.raises(services.OwnOrganisationEntry) as refused:
        services.entry_transition(entry=entry, user=insider, action=action, comment="Looks fine to us.")
    assert isinstance(refused.value, PermissionDenied)
    assert refused.value.message == (
        f"Another reviewer decides on this entry: you belong to {people['org'].name}."
    )
    assert MappingEntry.objects.get(pk=entry.pk).status == EntryStatus.SUBMITTED
    assert not Transition.objects.filter(entry=entry, actor=insider).exists()
    # A reviewer of no organisation of the entry decides.
    services.entry_transition(entry=entry, user=people["staff"], action=action, comment="Seen by another.")
    assert MappingEntry.objects.get(pk=entry.pk).status != EntryStatus.SUBMITTED


def test_a_superuser_does_not_decide_on_an_entry_of_their_own_organisation(people):
    entry = MappingEntryFactory(user=people["partner"], organisation=people["org"])
    services.entry_transition(entry=entry, user=people["partner"], action="submit")
    chief = UserFactory(is_staff=True, is_superuser=True)
    MembershipFactory(user=chief, organisation=people["org"])
    with pytest.raises(services.OwnOrganisationEntry):
        services.entry_transition(entry=entry, user=chief, action="approve")
    assert MappingEntry.objects.get(pk=entry.pk).status == EntryStatus.SUBMITTED


def test_the_four_eyes_error_is_translated(people):
    from django.utils import translation

    entry = MappingEntryFactory(user=people["partner"], organisation=people["org"])
    services.entry_transition(entry=entry, user=people["partner"], action="submit")
    insider = ReviewerFactory()
    MembershipFactory(user=insider, organisation=people["org"])
    with translation.override("sv"), pytest.raises(services.OwnOrganisationEntry) as refused:
        services.entry_transition(entry=entry, user=insider, action="approve")
    assert people["org"].name in refused.value.message
    assert "Another reviewer" not in refused.value.message
