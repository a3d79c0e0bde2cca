"""Registrations: places, the waiting list, cancellations and a form sent twice."""

import threading
import time
import uuid
from datetime import datetime, timedelta

import pytest

from django.core.exceptions import ValidationError
from django.db import connections
from django.utils import timezone

from apps.activities import events, selectors, services
from apps.activities.models import Activity, Registration
from tests.activities.factories import RIGA, ActivityFactory
from tests.activities.helpers import person, register_and_confirm

pytestmark = pytest.mark.django_db
S = Registration.Status


def register(activity, number, **changes):
    return register_and_confirm(activity=activity, data=person(number, **changes)).registration


def test_places_are_given_until_full_then_the_waiting_list_in_order():
    activity = ActivityFactory(capacity=2)
    statuses = [register(activity, n).status for n in range(1, 5)]
    assert statuses == [S.CONFIRMED, S.CONFIRMED, S.WAITLISTED, S.WAITLISTED]
    assert [r.email for r in selectors.waiting_list(activity)] == ["ilze3@example.lv", "ilze4@example.lv"]


def test_without_a_capacity_everyone_gets_a_place():
    activity = ActivityFactory(capacity=None)
    assert {register(activity, n).status for n in range(1, 30)} == {S.CONFIRMED}


def test_cancelling_a_place_gives_it_to_the_first_on_the_waiting_list(django_capture_on_commit_callbacks):
    activity = ActivityFactory(capacity=1)
    first = register(activity, 1)
    second, third = register(activity, 2), register(activity, 3)
    received = []

    def listener(signal):
        return lambda sender, registration_id, **kwargs: received.append((signal, registration_id))

    handlers = {name: listener(name) for name in ("promoted", "cancelled")}
    events.registration_promoted.connect(handlers["promoted"])
    events.registration_cancelled.connect(handlers["cancelled"])
    try:
        with django_capture_on_commit_callbacks(execute=True):
            services.registration_cancel(registration=first)
    finally:
        events.registration_promoted.disconnect(handlers["promoted"])
        events.registration_cancelled.disconnect(handlers["cancelled"])
    statuses = dict(Registration.objects.values_list("pk", "status"))
    assert statuses == {first.pk: S.CANCELLED, second.pk: S.CONFIRMED, third.pk: S.WAITLISTED}
    assert Registration.objects.get(pk=second.pk).promoted is not None
    assert sorted(received) == sorted([("cancelled", first.pk), ("promoted", second.pk)])


def test_cancelling_a_place_on_the_waiting_list_promotes_nobody():
    activity = ActivityFactory(capacity=1)
    register(activity, 1)
    waiting, last = register(activity, 2), register(activity, 3)
    services.registration_cancel(registration=waiting)
    assert Registration.objects.get(pk=last.pk).status == S.WAITLISTED


def test_cancelling_twice_changes_nothing_the_second_time():
    activity = ActivityFactory(capacity=1)
    first = register(activity, 1)
    register(activity, 2)
    register(activity, 3)
    services.registration_cancel(registration=first)
    services.registration_cancel(registration=first)
    assert selectors.registration_counts(activity) == {
        "pending": 0,
        "confirmed": 1,
        "waitlisted": 1,
        "cancelled": 1,
    }


def test_the_same_address_sent_twice_makes_one_registration_and_the_same_answer():
    activity = ActivityFactory(capacity=5)
    first = services.registration_create(activity=activity, data=person(1))
    again = services.registration_create(activity=activity, data=person(1, email="  ILZE1@Example.LV "))
    assert first.created and not again.created
    assert again.registration.pk == first.registration.pk
    assert again.registration.status == first.registration.status
    assert Registration.objects.filter(activity=activity).count() == 1


def test_an_address_registers_again_after_cancelling_at_the_end_of_the_queue():
    activity = ActivityFactory(capacity=1)
    first = register(activity, 1)
    register(activity, 2)
    services.registration_cancel(registration=first)
    again = services.registration_create(activity=activity, data=person(1))
    assert again.created and again.registration.pk == first.pk
    assert again.registration.status == S.PENDING
    # A new registration, a new token: the old links do nothing to it.
    assert services.registration_token(again.registration) != services.registration_token(first)
    assert services.registration_from_token(services.registration_token(first)) is None
    confirmed = services.registration_confirm(registration=again.registration)
    assert confirmed.status == S.WAITLISTED


@pytest.mark.parametrize(
    "changes",
    [
        {"registration_open": False},
        {"is_public": False},
        {"status": Activity.Status.CANCELLED},
        {"start": datetime(2020, 5, 1, 10, tzinfo=RIGA), "end": datetime(2020, 5, 1, 12, tzinfo=RIGA)},
    ],
)
def test_registration_is_refused_when_the_event_does_not_take_it(changes):
    activity = ActivityFactory(**changes)
    with pytest.raises(ValidationError):
        register(activity, 1)
    assert not Registration.objects.exists()


def test_raising_the_capacity_moves_the_waiting_list_up():
    activity = ActivityFactory(capacity=1)
    register(activity, 1)
    waiting = [register(activity, n) for n in (2, 3, 4)]
    Activity.objects.filter(pk=activity.pk).update(capacity=3)
    activity.refresh_from_db()
    promoted = services.capacity_changed(activity=activity)
    assert [r.pk for r in promoted] == [waiting[0].pk, waiting[1].pk]
    assert Registration.objects.get(pk=waiting[2].pk).status == S.WAITLISTED


def test_a_token_names_its_registration_and_a_forged_one_nothing():
    registration = register(ActivityFactory(), 1)
    token = services.registration_token(registration)
    assert services.registration_from_token(token) == registration
    assert services.registration_from_token(token[:-1] + ("A" if token[-1] != "A" else "B")) is None
    assert services.registration_from_token(f"{registration.pk}") is None
    assert services.registration_from_token("") is None


# Two people at once, each on a connection of their own: the rows they race for must be committed,
# so they are made and removed outside the test's transaction, in threads of their own.


def in_thread(function):
    outcome = {}

    def run():
        try:
            outcome["value"] = function()
        except BaseException as exc:  # noqa: BLE001 - handed back to the test
            outcome["error"] = exc
        finally:
            connections.close_all()

    thread = threading.Thread(target=run)
    thread.start()
    thread.join(60)
    if "error" in outcome:
        raise outcome["error"]
    return outcome.get("value")


@pytest.fixture
def committed_event():
    slug = f"race-{uuid.uuid4().hex[:8]}"
    starts = timezone.now() + timedelta(days=30)

    def create():
        activity = Activity(
            kind=Activity.Kind.WORKSHOP,
            slug=slug,
            work_package=4,
            start=starts,
            end=starts + timedelta(hours=2),
            time_zone="Europe/Riga",
            capacity=2,
            is_public=True,
            registration_open=True,
        )
        activity.title = activity.title_en = "The last place"
        activity.save()
        return activity

    def remove():
        Registration.objects.filter(activity__slug=slug).delete()
        Activity.objects.filter(slug=slug).delete()

    activity = in_thread(create)
    try:
        yield activity
    finally:
        in_thread(remove)


def test_two_people_asking_for_the_last_place_at_once_one_gets_it_one_waits(committed_event, monkeypatch):
    in_thread(lambda: register_and_confirm(activity=committed_event, data=person(1)))
    counted = selectors.confirmed_count

    def slow_count(activity):
        # Widen the window between counting the places and taking one: without the row lock
        # both would count one place left and both take it.
        value = counted(activity)
        time.sleep(0.5)
        return value

    monkeypatch.setattr(selectors, "confirmed_count", slow_count)
    start = threading.Barrier(2)
    results = {}

    def racer(number):
        def run():
            start.wait(10)
            results[number] = register_and_confirm(
                activity=committed_event, data=person(number)
            ).registration.status

        return run

    threads = [threading.Thread(target=lambda n=n: in_thread(racer(n))) for n in (2, 3)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)

    assert sorted(results.values()) == [S.CONFIRMED, S.WAITLISTED]
    stored = in_thread(
        lambda: sorted(Registration.objects.filter(activity=committed_event).values_list("status", flat=True))
    )
    assert stored == [S.CONFIRMED, S.CONFIRMED, S.WAITLISTED]


def test_the_same_form_sent_twice_at_once_makes_one_registration(committed_event):
    start = threading.Barrier(2)
    results = []

    def run():
        start.wait(10)
        results.append(services.registration_create(activity=committed_event, data=person(7)))

    threads = [threading.Thread(target=lambda: in_thread(run)) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(60)
    assert sorted(result.created for result in results) == [False, True]
    assert len({result.registration.pk for result in results}) == 1
    assert in_thread(lambda: Registration.objects.filter(activity=committed_event).count()) == 1


def test_a_registration_not_confirmed_in_time_lapses_and_is_deleted():
    activity = ActivityFactory(capacity=1)
    pending = services.registration_create(activity=activity, data=person(1)).registration
    assert pending.status == S.PENDING
    assert selectors.confirmed_count(activity) == 0
    lapsed = timezone.now() - timedelta(hours=49)
    Registration.objects.filter(pk=pending.pk).update(created=lapsed)
    assert services.registration_confirm(registration=pending).status == S.PENDING

    # The address registers afresh, with a new token; the lapsed link confirms nothing.
    again = services.registration_create(activity=activity, data=person(1))
    assert again.created and again.registration.token != pending.token
    assert services.registration_from_token(pending.token) is None

    Registration.objects.filter(pk=again.registration.pk).update(created=lapsed)
    register(activity, 2)
    assert services.pending_expired_delete() == 1
    assert list(Registration.objects.values_list("email", "status")) == [("ilze2@example.lv", S.CONFIRMED)]


def test_only_the_confirmation_link_is_sent_before_the_address_is_confirmed(
    django_capture_on_commit_callbacks,
):
    activity = ActivityFactory(capacity=1)
    received = []

    def listener(sender, registration_id, **kwargs):
        received.append(registration_id)

    events.registration_confirmed.connect(listener)
    try:
        pending = services.registration_create(activity=activity, data=person(1)).registration
        services.registration_cancel(registration=pending)
    finally:
        events.registration_confirmed.disconnect(listener)
    assert received == []
    assert Registration.objects.get().status == S.CANCELLED


def test_staff_confirm_a_pending_registration_as_the_person_would():
    activity = ActivityFactory(capacity=1)
    pending = services.registration_create(activity=activity, data=person(1)).registration
    assert pending.status_change_error(S.WAITLISTED, full=False)
    confirmed = services.registration_status_change(registration=pending, status=S.CONFIRMED)
    assert confirmed.status == S.CONFIRMED and confirmed.promoted is None
