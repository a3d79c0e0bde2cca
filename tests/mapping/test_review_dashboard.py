"""The reviewer's way in: what waits on the dashboard, and a queue that opens on "awaiting review"."""

import datetime

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse
from django.utils import timezone

from apps.mapping import services
from apps.mapping.models import MappingEntry
from tests.mapping.factories import MappingEntryFactory, ReviewerFactory
from tests.partners.factories import OrganisationFactory, PartnerFactory
from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def entries():
    latvia = OrganisationFactory(country="LV", name="Rīgas reģions")
    partner, staff = PartnerFactory(organisation=latvia), ReviewerFactory()
    newer = MappingEntryFactory(user=partner, organisation=latvia, title="Newer submission")
    older = MappingEntryFactory(user=partner, organisation=latvia, title="Older submission")
    for entry in (older, newer):
        services.entry_transition(entry=entry, user=partner, action="submit")
    MappingEntry.objects.filter(pk=older.pk).update(submitted=timezone.now() - datetime.timedelta(days=9))
    MappingEntryFactory(user=partner, organisation=latvia, title="Still a draft")
    MappingEntryFactory(user=partner, organisation=latvia, approved_by=staff, title="Already approved")
    return {"staff": staff, "older": older, "partner": partner, "latvia": latvia}


def test_the_reviewers_dashboard_shows_the_count_and_the_oldest(client, entries):
    client.force_login(entries["staff"])
    soup = BeautifulSoup(client.get(reverse("wagtailadmin_home")).content, "html.parser")
    panel = soup.select_one(".mapping-review-queue")
    assert panel is not None
    count = panel.select_one(".mapping-review-queue__count a")
    assert "2 entries await review" in count.get_text()
    assert count["href"].startswith(reverse("wagtailsnippets_mapping_mappingentry:list"))
    oldest = panel.select_one(".mapping-review-queue__oldest a")
    assert oldest.get_text() == "Older submission"
    assert oldest["href"] == reverse("mapping_review", args=[entries["older"].pk])


def test_staff_who_do_not_review_see_no_queue_panel(client, entries):
    from django.contrib.auth.models import Permission

    editor = UserFactory(is_staff=True, is_superuser=False)
    editor.user_permissions.add(Permission.objects.get(codename="access_admin"))
    client.force_login(editor)
    response = client.get(reverse("wagtailadmin_home"))
    assert response.status_code == 200
    assert "mapping-review-queue" not in response.content.decode()


def test_an_empty_queue_says_so(client):
    client.force_login(ReviewerFactory())
    page = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "No entry awaits review." in page


def test_the_queue_opens_on_awaiting_review(client, entries):
    client.force_login(entries["staff"])
    url = reverse("wagtailsnippets_mapping_mappingentry:list")
    page = client.get(url).content.decode()
    assert "Older submission" in page and "Newer submission" in page
    assert "Still a draft" not in page and "Already approved" not in page
    # "All" is still one choice away, and the single statuses remain.
    page = client.get(url, {"status": ""}).content.decode()
    assert "Still a draft" in page and "Already approved" in page
    page = client.get(url, {"status": "approved"}).content.decode()
    assert "Already approved" in page and "Older submission" not in page
