"""The reviewer's "what changed since the last submission": every field and score, in their language."""

import pytest

from django.urls import reverse
from django.utils import translation

from apps.mapping import selectors, services
from apps.mapping.models import MappingEntry
from apps.mapping.services import ScoreInput
from tests.mapping.factories import MappingEntryFactory, ReviewerFactory
from tests.partners.factories import OrganisationFactory, PartnerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def resubmitted():
    org = OrganisationFactory(country="LV")
    partner, staff = PartnerFactory(organisation=org), ReviewerFactory()
    entry = MappingEntryFactory(user=partner, organisation=org, kind=MappingEntry.Kind.ASSESSMENT)
    services.entry_update(
        entry=entry,
        user=partner,
        data={},
        edit_version=MappingEntry.objects.get(pk=entry.pk).edit_version,
        scores=[
            ScoreInput(criterion=entry.grid.criteria.order_by("position")[1], score=3, comment="Few pilots.")
        ],
    )
    services.entry_transition(entry=entry, user=partner, action="submit")
    services.entry_transition(entry=entry, user=staff, action="request_changes", comment="Check the scores.")
    criteria = list(entry.grid.criteria.order_by("position"))
    entry.refresh_from_db()
    services.entry_update(
        entry=entry,
        user=partner,
        data={"description": "A hub run by two municipalities."},
        edit_version=entry.edit_version,
        scores=[
            ScoreInput(criterion=criteria[0], score=5),
            ScoreInput(criterion=criteria[1], score=3, comment="Three pilots since 2024."),
        ],
    )
    services.entry_transition(entry=entry, user=partner, action="submit")
    return {"entry": entry, "staff": staff, "criteria": criteria}


def test_the_diff_lists_changed_scores_and_comments(resubmitted):
    criteria = resubmitted["criteria"]
    with translation.override("en"):
        changes = selectors.submission_score_diff(resubmitted["entry"])
    assert [change["criterion"] for change in changes] == [criteria[0].name, criteria[1].name]
    first, second = changes
    assert (first["old_score"], first["new_score"], first["score_changed"]) == (3, 5, True)
    assert first["comment_lines"] == []
    assert second["score_changed"] is False
    assert ("-", "Few pilots.") in second["comment_lines"]
    assert ("+", "Three pilots since 2024.") in second["comment_lines"]


def test_field_labels_are_verbose_names_in_the_readers_language(resubmitted):
    with translation.override("en"):
        assert [c["field"] for c in selectors.submission_diff(resubmitted["entry"])] == ["Description"]
    with translation.override("lv"):
        assert [c["field"] for c in selectors.submission_diff(resubmitted["entry"])] == ["Apraksts"]
        names = [c["criterion"] for c in selectors.submission_score_diff(resubmitted["entry"])]
    assert names[0] == resubmitted["criteria"][0].name_lv


def test_the_review_page_shows_score_changes_in_the_reviewers_language(client, resubmitted):
    from wagtail.users.models import UserProfile

    staff = resubmitted["staff"]
    profile = UserProfile.get_for_user(staff)
    profile.preferred_language = "sv"
    profile.save()
    client.force_login(staff)
    page = client.get(reverse("mapping_review", args=[resubmitted["entry"].pk])).content.decode()
    changes = page[page.index("mapping-review__changes") :]
    changes = changes[: changes.index("</section>")]
    assert "Beskrivning" in changes and ">description<" not in changes
    assert resubmitted["criteria"][0].name_sv in changes
    assert '<del class="deletion">3</del> → <ins class="addition">5</ins>' in changes
    assert "Three pilots since 2024." in changes and "Few pilots." in changes
