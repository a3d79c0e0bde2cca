"""Staff in the Wagtail admin: events with their history, registrations, participant lists and CSV."""

import csv
import io

import pytest

from django.contrib.auth.models import Group, Permission
from django.urls import reverse

from wagtail.models import Revision

from apps.activities import services
from apps.activities.models import Activity
from tests.activities.factories import ActivityFactory
from tests.activities.helpers import person, register_and_confirm
from tests.partners.factories import MembershipFactory, OrganisationFactory
from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def activity():
    activity = ActivityFactory(title_en="Roundtable on scaling", capacity=1)
    for number in (1, 2):
        register_and_confirm(activity=activity, data=person(number, name=f"Person {number}"))
    register_and_confirm(activity=activity, data=person(3, name="=HYPERLINK(1)"))
    return activity


@pytest.fixture
def partner():
    user = UserFactory()
    MembershipFactory(user=user, organisation=OrganisationFactory())
    return user


@pytest.fixture
def editor_without_registrations():
    """Staff who may use the admin and edit events, but not see who registered."""
    group = Group.objects.create(name="Event editors")
    group.permissions.add(
        Permission.objects.get(codename="access_admin"),
        *Permission.objects.filter(content_type__app_label="activities", codename__endswith="_activity"),
    )
    user = UserFactory(is_staff=True, preferred_language="en")
    user.groups.add(group)
    return user


def csv_rows(response) -> list[list[str]]:
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))


def test_staff_list_filter_and_search_events(admin_client, activity):
    url = reverse("wagtailsnippets_activities_activity:list")
    assert "Roundtable on scaling" in admin_client.get(url).content.decode()
    assert "Roundtable on scaling" not in admin_client.get(url, {"kind": "conference"}).content.decode()
    assert (
        "Roundtable on scaling"
        in admin_client.get(url, {"kind": "workshop", "country": "LV"}).content.decode()
    )
    assert "Roundtable on scaling" in admin_client.get(url, {"q": "Roundtable"}).content.decode()
    registrations = reverse("wagtailsnippets_activities_registration:list")
    waiting = admin_client.get(registrations, {"status": "waitlisted"}).content.decode()
    assert "Person 2" in waiting and "Person 1" not in waiting


def test_the_participant_list_and_its_csv(admin_client, activity):
    page = admin_client.get(reverse("activities_participants", args=[activity.pk]))
    assert page.status_code == 200
    assert "Person 1" in page.content.decode()
    response = admin_client.get(reverse("activities_participants_csv", args=[activity.pk]))
    assert response.status_code == 200
    assert response.streaming
    assert response["Content-Type"].startswith("text/csv")
    rows = csv_rows(response)
    assert [row[0] for row in rows[1:]] == ["Person 1", "Person 2", "'=HYPERLINK(1)"]
    assert [row[4] for row in rows[1:]] == ["Confirmed", "On the waiting list", "On the waiting list"]


@pytest.mark.parametrize("who", ["anonymous", "partner", "editor"])
def test_only_staff_with_the_right_see_participants_and_the_csv(
    client, activity, partner, editor_without_registrations, who
):
    if who == "partner":
        client.force_login(partner)
    elif who == "editor":
        client.force_login(editor_without_registrations)
    for name in ("activities_participants", "activities_participants_csv"):
        response = client.get(reverse(name, args=[activity.pk]))
        assert response.status_code in (302, 403), (who, name, response.status_code)
        assert not response.get("Content-Type", "").startswith("text/csv")
        assert b"Person 1" not in response.content


@pytest.mark.parametrize("who", ["anonymous", "partner"])
def test_the_public_and_partners_cannot_change_events(client, activity, partner, who):
    if who == "partner":
        client.force_login(partner)
    edit = reverse("wagtailsnippets_activities_activity:edit", args=[activity.pk])
    assert client.get(edit).status_code == 302
    client.post(edit, {"title_en": "Changed", "kind": "conference"})
    assert Activity.objects.get(pk=activity.pk).title_en == "Roundtable on scaling"
    delete = reverse("wagtailsnippets_activities_activity:delete", args=[activity.pk])
    client.post(delete)
    assert Activity.objects.filter(pk=activity.pk).exists()


def test_an_edit_by_staff_is_kept_in_the_history_with_who_and_when(admin_client, superuser, activity):
    activity.title_en = "Roundtable on scaling, second day"
    activity.save()
    activity.save_revision(user=superuser, log_action=True)
    assert Revision.objects.for_instance(activity).filter(user=superuser).exists()
    history = admin_client.get(reverse("wagtailsnippets_activities_activity:history", args=[activity.pk]))
    assert history.status_code == 200
    assert (
        superuser.email in history.content.decode() or superuser.get_full_name() in history.content.decode()
    )


def test_the_edit_form_shows_and_reads_times_as_the_clock_reads_where_the_event_is(admin_client, activity):
    from apps.activities.models import ActivityAdminForm

    response = admin_client.get(reverse("wagtailsnippets_activities_activity:edit", args=[activity.pk]))
    assert response.status_code == 200
    form_class = type(response.context["form"])
    assert issubclass(form_class, ActivityAdminForm)
    form = response.context["form"]
    # 10:00 in Riga, shown as 10:00 whatever the editor's own time zone (the site's is Stockholm).
    assert form.initial["start"].strftime("%H:%M") == "10:00"


def test_staff_edit_an_event_in_its_own_time_and_the_edit_is_a_revision(admin_client, superuser, activity):
    from datetime import datetime

    from tests.activities.factories import RIGA
    from tests.helpers import admin_form_data

    edit = reverse("wagtailsnippets_activities_activity:edit", args=[activity.pk])
    data = admin_form_data(admin_client.get(edit), "#w-editor-form")
    # Sent back unchanged, the times stay where they were.
    assert admin_client.post(edit, data).status_code == 302
    activity.refresh_from_db()
    assert activity.start == datetime(2030, 5, 12, 10, 0, tzinfo=RIGA)

    data["start"] = ["2030-05-12 11:00"]
    data["title_en"] = ["Roundtable on scaling, in Valmiera"]
    assert admin_client.post(edit, data).status_code == 302
    activity.refresh_from_db()
    assert activity.start == datetime(2030, 5, 12, 11, 0, tzinfo=RIGA)
    assert activity.title_en == "Roundtable on scaling, in Valmiera"
    latest = Revision.objects.for_instance(activity).order_by("-created_at").first()
    assert latest.user == superuser
    assert latest.content["title_en"] == "Roundtable on scaling, in Valmiera"


def _registration_edit(admin_client, registration, **changes):
    from tests.helpers import admin_form_data

    edit = reverse("wagtailsnippets_activities_registration:edit", args=[registration.pk])
    data = admin_form_data(admin_client.get(edit), "#w-editor-form")
    data.update(changes)
    return admin_client.post(edit, data)


def _statuses(activity) -> dict[str, str]:
    return dict(activity.registrations.values_list("name", "status"))


def test_staff_cancelling_a_place_gives_it_to_the_waiting_list(admin_client, activity):
    first = activity.registrations.get(name="Person 1")
    response = _registration_edit(admin_client, first, status="cancelled", organisation="Changed too")
    assert response.status_code == 302
    assert _statuses(activity) == {
        "Person 1": "cancelled",
        "Person 2": "confirmed",
        "=HYPERLINK(1)": "waitlisted",
    }
    first.refresh_from_db()
    assert first.cancelled is not None and first.organisation == "Changed too"
    assert activity.registrations.get(name="Person 2").promoted is not None


def test_staff_confirm_from_the_waiting_list_only_while_a_place_is_free(admin_client, activity):
    third = activity.registrations.get(name="=HYPERLINK(1)")
    response = _registration_edit(admin_client, third, status="confirmed")
    assert response.status_code == 200
    assert "The event is full: raise its capacity or cancel a confirmed registration first." in (
        response.content.decode()
    )
    assert _statuses(activity)["=HYPERLINK(1)"] == "waitlisted"
    Activity.objects.filter(pk=activity.pk).update(capacity=2)
    assert _registration_edit(admin_client, third, status="confirmed").status_code == 302
    third.refresh_from_db()
    assert third.status == "confirmed" and third.promoted is not None
    # Out of turn: Person 2, first on the list, keeps waiting.
    assert _statuses(activity)["Person 2"] == "waitlisted"


@pytest.mark.parametrize(
    ("name", "before", "after", "message"),
    [
        ("Person 1", None, "waitlisted", "A confirmed registration does not go back to the waiting list"),
        ("Person 2", "cancelled", "confirmed", "A cancelled registration stays cancelled"),
        ("Person 2", "cancelled", "waitlisted", "A cancelled registration stays cancelled"),
    ],
)
def test_staff_cannot_move_a_registration_around_the_queue(
    admin_client, activity, name, before, after, message
):
    registration = activity.registrations.get(name=name)
    if before:
        services.registration_cancel(registration=registration)
    expected = _statuses(activity)
    response = _registration_edit(admin_client, registration, status=after)
    assert response.status_code == 200
    assert message in response.content.decode()
    assert _statuses(activity) == expected


def test_a_place_taken_while_staff_confirm_is_refused_and_nothing_changes(
    admin_client, activity, monkeypatch
):
    from apps.activities import forms

    # The form checked while a place seemed free; the event, locked, is full.
    monkeypatch.setattr(forms.RegistrationAdminForm, "event_is_full", lambda form: False)
    third = activity.registrations.get(name="=HYPERLINK(1)")
    response = _registration_edit(admin_client, third, status="confirmed", organisation="Not kept")
    assert response.status_code == 200
    assert "The event is full" in response.content.decode()
    third.refresh_from_db()
    assert third.status == "waitlisted" and third.organisation != "Not kept"


def test_staff_do_not_add_registrations_the_public_form_decides_places(admin_client, activity):
    assert admin_client.get(reverse("wagtailsnippets_activities_registration:add")).status_code in (302, 403)
    listing = admin_client.get(reverse("wagtailsnippets_activities_registration:list")).content.decode()
    assert reverse("wagtailsnippets_activities_registration:add") not in listing


def test_an_address_typed_by_staff_is_kept_normalised(admin_client, activity):
    first = activity.registrations.get(name="Person 1")
    assert _registration_edit(admin_client, first, email="  New.Address@Example.ORG ").status_code == 302
    first.refresh_from_db()
    assert first.email == "new.address@example.org"


def test_a_cancellation_by_the_person_while_staff_edit_is_kept(admin_client, activity):
    from tests.helpers import admin_form_data

    first = activity.registrations.get(name="Person 1")
    edit = reverse("wagtailsnippets_activities_registration:edit", args=[first.pk])
    data = admin_form_data(admin_client.get(edit), "#w-editor-form")  # still "confirmed"
    services.registration_cancel(registration=first)  # meanwhile, through the person's link
    data["organisation"] = "Typed by staff"
    # The form staff send says "confirmed": it is refused, saying why, and nothing is written over.
    refused = admin_client.post(edit, data)
    assert refused.status_code == 200
    assert "A cancelled registration stays cancelled" in refused.content.decode()
    first.refresh_from_db()
    assert first.status == "cancelled" and first.organisation != "Typed by staff"
    assert _statuses(activity)["Person 2"] == "confirmed"
    # Sent again from the form as it now stands, the organisation is saved and the status kept.
    assert _registration_edit(admin_client, first, organisation="Typed by staff").status_code == 302
    first.refresh_from_db()
    assert first.status == "cancelled" and first.organisation == "Typed by staff"


def test_deleting_a_confirmed_registration_gives_its_place_to_the_waiting_list(admin_client, activity):
    first = activity.registrations.get(name="Person 1")
    delete = reverse("wagtailsnippets_activities_registration:delete", args=[first.pk])
    assert admin_client.post(delete).status_code == 302
    assert _statuses(activity) == {"Person 2": "confirmed", "=HYPERLINK(1)": "waitlisted"}
    # Deleting one on the waiting list moves nobody.
    register_and_confirm(activity=activity, data=person(4, name="Person 4"))
    admin_client.post(
        reverse(
            "wagtailsnippets_activities_registration:delete",
            args=[activity.registrations.get(name="Person 4").pk],
        )
    )
    assert _statuses(activity) == {"Person 2": "confirmed", "=HYPERLINK(1)": "waitlisted"}


def test_a_place_freed_after_the_event_is_over_goes_to_nobody(admin_client, activity):
    from datetime import timedelta

    from django.utils import timezone

    ended = timezone.now() - timedelta(days=3)
    Activity.objects.filter(pk=activity.pk).update(start=ended, end=ended + timedelta(hours=2))
    first = activity.registrations.get(name="Person 1")
    assert _registration_edit(admin_client, first, status="cancelled").status_code == 302
    assert _statuses(activity) == {
        "Person 1": "cancelled",
        "Person 2": "waitlisted",
        "=HYPERLINK(1)": "waitlisted",
    }
    admin_client.post(
        reverse(
            "wagtailsnippets_activities_registration:delete",
            args=[activity.registrations.get(name="Person 2").pk],
        )
    )
    assert _statuses(activity) == {"Person 1": "cancelled", "=HYPERLINK(1)": "waitlisted"}


def test_staff_see_registrations_awaiting_the_confirmation_of_their_address(admin_client, activity):
    services.registration_create(activity=activity, data=person(5, name="Person 5"))
    registrations = reverse("wagtailsnippets_activities_registration:list")
    pending = admin_client.get(registrations, {"status": "pending"}).content.decode()
    assert "Person 5" in pending and "Person 1" not in pending
    assert "Awaiting confirmation of the address" in pending
