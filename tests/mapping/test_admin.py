"""Staff review in the Wagtail admin: the queue, its filters, the review page and its decisions."""

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse

from apps.mapping import services
from apps.mapping.models import EntryStatus, MappingEntry
from tests.mapping.factories import MappingEntryFactory, ReviewerFactory
from tests.partners.factories import MembershipFactory, OrganisationFactory, PartnerFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def queue():
    latvia, sweden = OrganisationFactory(country="LV"), OrganisationFactory(country="SE")
    lv, se = PartnerFactory(organisation=latvia), PartnerFactory(organisation=sweden)
    in_latvia = MappingEntryFactory(user=lv, organisation=latvia, title="Latvian hub", country="LV")
    in_sweden = MappingEntryFactory(
        user=se, organisation=sweden, title="Swedish network", country="SE", kind="actor"
    )
    for entry, user in ((in_latvia, lv), (in_sweden, se)):
        services.entry_transition(entry=entry, user=user, action="submit")
    return {"latvia": in_latvia, "sweden": in_sweden, "partner": lv}


def test_the_queue_filters_by_country_kind_and_status(client, queue):
    client.force_login(ReviewerFactory())
    url = reverse("wagtailsnippets_mapping_mappingentry:list")
    page = client.get(url).content.decode()
    assert "Latvian hub" in page and "Swedish network" in page
    page = client.get(url, {"country": "LV"}).content.decode()
    assert "Latvian hub" in page and "Swedish network" not in page
    page = client.get(url, {"kind": "actor", "status": "submitted"}).content.decode()
    assert "Swedish network" in page and "Latvian hub" not in page
    # The title leads to the review page, not to an edit form.
    assert reverse("mapping_review", args=[queue["sweden"].pk]) in page


def test_the_admin_edit_form_is_the_review_page(client, queue):
    client.force_login(ReviewerFactory())
    response = client.get(reverse("wagtailsnippets_mapping_mappingentry:edit", args=[queue["latvia"].pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("mapping_review", args=[queue["latvia"].pk])


def test_a_resubmission_shows_what_changed_and_the_history(client, queue):
    staff = ReviewerFactory()
    client.force_login(staff)
    entry = queue["latvia"]
    review = reverse("mapping_review", args=[entry.pk])
    response = client.post(review, {"action": "request_changes", "comment": ""})
    assert response.status_code == 200
    assert MappingEntry.objects.get(pk=entry.pk).status == EntryStatus.SUBMITTED  # a comment is needed
    client.post(review, {"action": "request_changes", "comment": "Add the municipalities involved."})
    entry.refresh_from_db()
    assert entry.status == EntryStatus.CHANGES_REQUESTED
    services.entry_update(
        entry=entry,
        user=queue["partner"],
        data={"strengths": "Riga and Valmiera fund the hub together."},
        edit_version=entry.edit_version,
    )
    services.entry_transition(entry=entry, user=queue["partner"], action="submit")
    page = client.get(review).content.decode()
    assert "What changed since the last submission" in page
    assert "<ins" in page and "Riga and Valmiera fund the hub together." in page
    assert "<del" in page and "Strong municipal support." in page
    assert "Add the municipalities involved." in page
    compare = reverse("wagtailsnippets_mapping_mappingentry:revisions_compare", args=[entry.pk, 1, 1]).rsplit(
        "/", 4
    )[0]
    assert compare in page
    client.post(review, {"action": "approve", "comment": ""})
    assert MappingEntry.objects.get(pk=entry.pk).status == EntryStatus.APPROVED


def test_the_audit_log_records_each_step(client, queue):
    from wagtail.models import ModelLogEntry

    actions = list(
        ModelLogEntry.objects.filter(
            object_id=str(queue["latvia"].pk), action__startswith="mapping."
        ).values_list("action", flat=True)
    )
    assert actions == ["mapping.submit"]


def test_a_used_grid_cannot_be_edited_in_place(queue):
    from django.core.exceptions import ValidationError

    from apps.mapping.models import CriteriaGrid

    grid = CriteriaGrid.objects.get(is_current=True)
    criterion = grid.criteria.first()
    criterion.name_en = "Renamed"
    criterion.full_clean()  # not used yet: staff may still refine it
    MappingEntryFactory(user=queue["partner"], organisation=queue["latvia"].organisation, kind="assessment")
    assert grid.is_frozen
    with pytest.raises(ValidationError):
        criterion.full_clean()
    grid.note = "Changed"
    with pytest.raises(ValidationError):
        grid.full_clean()


def test_a_new_version_copies_the_grid_and_old_scores_keep_theirs(client, superuser, queue):
    from apps.mapping.models import CriteriaGrid, Score

    assessment = MappingEntryFactory(
        user=queue["partner"], organisation=queue["latvia"].organisation, kind="assessment", scores=[4] * 10
    )
    old = CriteriaGrid.objects.get(is_current=True)
    client.force_login(superuser)
    url = reverse("mapping_grid_new_version", args=[old.pk])
    assert "New version" in client.get(reverse("wagtailsnippets_mapping_criteriagrid:list")).content.decode()
    response = client.post(url)
    new = CriteriaGrid.objects.get(version=old.version + 1)
    assert response["Location"] == reverse("wagtailsnippets_mapping_criteriagrid:edit", args=[new.pk])
    assert [c.key for c in new.criteria.order_by("position")] == [
        c.key for c in old.criteria.order_by("position")
    ]
    new.is_current = True
    new.save()
    renamed = new.criteria.first()
    renamed.name_en = "Renamed in version 2"
    renamed.full_clean()
    renamed.save()
    assert CriteriaGrid.objects.get(pk=old.pk).is_current is False
    scores = Score.objects.filter(entry=assessment).select_related("criterion")
    assert {score.criterion.grid_id for score in scores} == {old.pk}
    assert scores.first().criterion.name_en != "Renamed in version 2"


def test_staff_edit_the_grid_with_a_tab_per_language(client, superuser):
    from apps.mapping.models import CriteriaGrid

    grid = CriteriaGrid.objects.get(is_current=True)
    client.force_login(superuser)
    response = client.get(reverse("wagtailsnippets_mapping_criteriagrid:edit", args=[grid.pk]))
    assert response.status_code == 200
    page = response.content.decode()
    for code in ("sv", "lv", "es", "fr", "en"):
        assert f'name="criteria-0-name_{code}"' in page
        assert f'name="criteria-0-guidance_5_{code}"' in page


@pytest.fixture
def insider(queue):
    """A reviewer who belongs to the Latvian organisation whose entry is in review."""
    staff = ReviewerFactory()
    MembershipFactory(user=staff, organisation=queue["latvia"].organisation)
    return staff


def test_a_reviewer_sees_no_decision_buttons_on_their_own_organisations_entry(client, queue, insider):
    client.force_login(insider)
    own = client.get(reverse("mapping_review", args=[queue["latvia"].pk])).content.decode()
    assert f"Another reviewer decides: you belong to {queue['latvia'].organisation.name}." in own
    assert 'value="approve"' not in own and 'value="reject"' not in own
    other = client.get(reverse("mapping_review", args=[queue["sweden"].pk])).content.decode()
    assert 'value="approve"' in other and "Another reviewer decides" not in other


def test_a_decision_posted_on_their_own_organisations_entry_is_refused(client, queue, insider):
    client.force_login(insider)
    response = client.post(reverse("mapping_review", args=[queue["latvia"].pk]), {"action": "approve"})
    assert response.status_code == 200
    assert "Another reviewer decides on this entry" in response.content.decode()
    assert MappingEntry.objects.get(pk=queue["latvia"].pk).status == EntryStatus.SUBMITTED


def test_the_queue_marks_the_entries_another_reviewer_decides(client, queue, insider):
    client.force_login(insider)
    soup = BeautifulSoup(
        client.get(reverse("wagtailsnippets_mapping_mappingentry:list")).content, "html.parser"
    )
    rows = {
        row.select_one("a").get_text(strip=True): row.get_text(" ", strip=True)
        for row in soup.select("tbody tr")
    }
    assert "Another reviewer decides" in rows["Latvian hub"]
    assert "Another reviewer decides" not in rows["Swedish network"]


def test_the_dashboard_counts_only_what_waits_for_this_reviewer(client, queue, insider):
    client.force_login(insider)
    soup = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
    panel = soup.select_one(".mapping-review-queue")
    assert "1 entry awaits review" in panel.select_one(".mapping-review-queue__count").get_text()
    assert panel.select_one(".mapping-review-queue__oldest a").get_text() == "Swedish network"
    assert "1 entry of your organisation is in review: another reviewer decides." in panel.get_text()
    # Another reviewer still sees both.
    client.force_login(ReviewerFactory())
    soup = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
    assert "2 entries await review" in soup.select_one(".mapping-review-queue__count").get_text()
