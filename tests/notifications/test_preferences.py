"""The preferences page offers each person only the kinds of message they can be sent."""

import pytest
from bs4 import BeautifulSoup

from django.contrib.auth.models import Group, Permission
from django.urls import reverse
from django.utils import timezone

from apps.notifications import recipients
from apps.notifications.models import Kind, OptOut, address_hash
from tests.mapping.factories import ReviewerFactory
from tests.notifications.factories import SubscriberFactory
from tests.partners.factories import OrganisationFactory, PartnerFactory
from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db


def offered(client, user) -> set[str]:
    client.force_login(user)
    response = client.get(reverse("notifications:preferences"))
    assert response.status_code == 200
    soup = BeautifulSoup(response.content, "html.parser")
    return {box["value"] for box in soup.select("input[name=kinds]")}


def test_a_partner_sees_only_the_decisions_and_reminders_of_their_organisation(client):
    partner = PartnerFactory()
    assert offered(client, partner) == {Kind.MAPPING_DECISION, Kind.OVERDUE}


def test_a_reviewer_sees_the_entries_to_review(client):
    staff = ReviewerFactory()
    assert offered(client, staff) == {Kind.MAPPING_REVIEW}


def test_staff_who_follow_replication_and_order_reports_see_those(client):
    staff = UserFactory(is_staff=True)
    group = Group.objects.create(name="Library and reports staff")
    group.permissions.add(
        *Permission.objects.filter(codename__in=["view_replicationrequest", "add_reportrequest"])
    )
    staff.groups.add(group)
    assert offered(client, staff) == {Kind.REPLICATION, Kind.REPORT}


def test_a_superuser_sees_every_account_kind_but_the_organisations(client):
    boss = UserFactory(is_staff=True, is_superuser=True)
    assert offered(client, boss) == {Kind.REPLICATION, Kind.MAPPING_REVIEW, Kind.OVERDUE, Kind.REPORT}


def test_an_account_that_only_subscribes_is_offered_nothing_and_told_why(client):
    person = UserFactory()
    SubscriberFactory(email=person.email, language="en", confirmed=timezone.now())
    assert offered(client, person) == set()
    page = client.get(reverse("notifications:preferences")).content.decode()
    assert 'id="preferences-none"' in page and '<form method="post">' not in page


def test_saving_leaves_the_kinds_not_offered_as_they_were(client):
    partner = PartnerFactory()
    client.force_login(partner)
    response = client.post(reverse("notifications:preferences"), {"kinds": [Kind.MAPPING_DECISION]})
    assert response.status_code == 302
    assert set(
        OptOut.objects.filter(email_hash=address_hash(partner.email)).values_list("kind", flat=True)
    ) == {Kind.OVERDUE}
    # A kind not offered is ignored in a post, and keeps its state.
    OptOut.objects.create(email_hash=address_hash(partner.email), kind=Kind.MAPPING_REVIEW)
    response = client.post(
        reverse("notifications:preferences"), {"kinds": [Kind.MAPPING_REVIEW, Kind.OVERDUE]}
    )
    assert response.status_code == 302
    assert set(
        OptOut.objects.filter(email_hash=address_hash(partner.email)).values_list("kind", flat=True)
    ) == {
        Kind.MAPPING_DECISION,
        Kind.MAPPING_REVIEW,
    }


def test_the_offer_follows_the_senders_rules():
    people = [
        PartnerFactory(organisation=OrganisationFactory(country="SE")),
        ReviewerFactory(),
        UserFactory(),
        UserFactory(is_superuser=True),
    ]
    for kind, senders in (
        (Kind.MAPPING_REVIEW, recipients.mapping_reviewers),
        (Kind.REPLICATION, recipients.replication_staff),
    ):
        sent_to = {recipient.user_id for recipient in senders()}
        for person in people:
            assert (kind in recipients.receivable_kinds(person)) == (person.pk in sent_to), (kind, person)
    members = {
        r.user_id for r in recipients.organisation_members([people[0].memberships.get().organisation_id])
    }
    for person in people:
        assert (Kind.MAPPING_DECISION in recipients.receivable_kinds(person)) == (person.pk in members)
