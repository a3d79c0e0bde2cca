"""Registering on an event's page: the answer, the cancellation link, errors, bots and the rate limit."""

import pytest

from django.test import Client, override_settings
from django.utils import translation

from apps.activities.models import Registration
from apps.notifications.models import Notification
from apps.notifications.services.rendering import notification_render
from tests.activities.factories import ActivityFactory
from tests.activities.helpers import emailed_link, event_url, person
from tests.helpers import csrf_token, element, html_of, text_of

pytestmark = pytest.mark.django_db
S = Registration.Status


@pytest.fixture
def activity():
    return ActivityFactory(capacity=1)


def register(client, activity, number=1, language="en", address="10.2.0.1", **changes):
    return client.post(event_url(activity, language), person(number, **changes), REMOTE_ADDR=address)


def confirm(client, email="ilze1@example.lv"):
    """Open the e-mailed link and confirm there, as the person does; the page that answers."""
    link = emailed_link(email)
    return client.post(link)


def test_a_registration_waits_for_the_emailed_link_and_its_page_then_cancels_it(client, activity):
    response = register(client, activity)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    assert element(response, "#registration-status")["data-status"] == S.PENDING
    # The browser that typed the address is given no link to the registration.
    registration = Registration.objects.get()
    assert registration.token not in response.content.decode()
    assert not html_of(response).select("a[href*='/registrations/']")
    assert registration.status == S.PENDING

    # Opening the link (a mail scanner does) only asks; the POST confirms.
    link = emailed_link("ilze1@example.lv")
    opened = client.get(link)
    assert element(opened, "#registration-status")["data-status"] == S.PENDING
    assert Registration.objects.get().status == S.PENDING
    confirmation = client.post(link)
    assert confirmation.status_code == 200
    assert "no-store" in confirmation["Cache-Control"]
    assert element(confirmation, "#registration-status")["data-status"] == S.CONFIRMED
    cancel = element(confirmation, "#cancel-link")["href"]

    # Opening the cancellation link only asks; the POST cancels.
    assert client.get(cancel).status_code == 200
    assert Registration.objects.get().status == S.CONFIRMED
    done = client.post(cancel)
    assert element(done, "#registration-status")["data-status"] == "cancelled"
    assert Registration.objects.get().status == S.CANCELLED


def test_the_first_email_carries_nothing_the_registrant_typed(client, activity):
    lure = "Thank you, Your account is locked - verify at https://evil.example/login"
    register(client, activity, name=lure, organisation="Security team https://evil.example")
    registration = Registration.objects.get()
    (notification,) = Notification.objects.filter(context__registration_id=registration.pk)
    assert notification.template == "registration_pending"
    message = notification_render(notification)
    for part in (message.subject, message.body, message.alternatives[0][0]):
        assert "evil.example" not in part
        assert "locked" not in part
        assert activity.title in part
    assert registration.token in message.body


def test_a_full_event_puts_the_next_person_on_the_waiting_list_and_a_cancellation_moves_them_up(
    client, activity
):
    register(client, activity, 1)
    first = confirm(client, "ilze1@example.lv")
    other = Client()
    register(other, activity, 2, language="lv", address="10.2.0.2")
    second = confirm(other, "ilze2@example.lv")
    assert element(second, "#registration-status")["data-status"] == S.WAITLISTED
    client.post(element(first, "#cancel-link")["href"])
    assert Registration.objects.get(email="ilze2@example.lv").status == S.CONFIRMED
    again = other.get(second.wsgi_request.path)
    assert element(again, "#registration-status")["data-status"] == S.CONFIRMED


def test_a_pending_registration_holds_no_place(client, activity):
    register(client, activity, 1)
    other = Client()
    register(other, activity, 2, address="10.2.0.2")
    # The second to confirm is the one on the waiting list, whoever typed first.
    assert element(confirm(other, "ilze2@example.lv"), "#registration-status")["data-status"] == S.CONFIRMED
    assert element(confirm(client, "ilze1@example.lv"), "#registration-status")["data-status"] == S.WAITLISTED


def test_the_form_sent_twice_makes_one_registration_and_answers_the_same(client, activity):
    first = register(client, activity)
    second = register(client, activity)
    assert first.status_code == second.status_code == 200
    assert element(second, "#registration-status")["data-status"] == S.PENDING
    assert Registration.objects.count() == 1
    # The address is sent its link again, the same link.
    links = Notification.objects.filter(
        template="registration_pending", context__registration_id=Registration.objects.get().pk
    )
    assert links.count() == 2
    assert len({notification_render(n).body for n in links}) == 1


def test_someone_elses_address_is_not_shown_their_registration(client, activity):
    register(client, activity)
    confirm(client)
    stranger = Client()
    response = register(stranger, activity, address="10.2.0.9")
    assert response.status_code == 200
    assert element(response, "#registration-status")["data-status"] == "already"
    assert not html_of(response).select("#cancel-link")
    assert Registration.objects.count() == 1


def test_whoever_types_an_address_first_does_not_hold_it(client, activity):
    """A stranger's pending registration of an address: its owner registers over it and the
    e-mailed link, which only the owner has, confirms the owner's registration."""
    register(client, activity, name="Someone else", address="10.2.0.7")
    owner = Client()
    response = register(owner, activity, name="Ilze Bērziņa", address="10.2.0.8")
    assert element(response, "#registration-status")["data-status"] == S.PENDING
    confirm(owner)
    registration = Registration.objects.get()
    assert (registration.name, registration.status) == ("Ilze Bērziņa", S.CONFIRMED)


def test_a_forged_token_is_not_found(client, activity):
    assert client.get("/en/events/registrations/1:forged/").status_code == 404
    assert client.post("/en/events/registrations/1:forged/cancel/").status_code == 404


def test_bad_input_is_refused_in_the_readers_language_and_kept(client, activity):
    response = register(client, activity, language="fr", email="pas-une-adresse", name="")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Saisissez une adresse de courriel valide." in html
    with translation.override("fr"):
        required = translation.gettext("This field is required.")
    assert required != "This field is required."
    assert text_of(html, "#id_name_error") == required
    assert element(html, 'input[name="email"]')["value"] == "pas-une-adresse"
    assert element(html, 'input[name="organisation"]')["value"] == "Rīgas biedrība"
    assert not Registration.objects.exists()


def test_the_honeypot_stores_nothing(client, activity):
    response = register(client, activity, website="http://spam.example")
    assert response.status_code == 200
    assert element(response, "#registration-status")["data-status"] == S.PENDING
    assert not Registration.objects.exists()


def test_colleagues_behind_one_office_address_each_register(client):
    activity = ActivityFactory(capacity=None)
    for number in range(12):
        assert register(client, activity, number, address="10.3.3.3").status_code == 200
    assert Registration.objects.filter(activity=activity).count() == 12


def test_one_person_sending_the_form_again_and_again_is_limited(client):
    activity = ActivityFactory(capacity=None)
    for _ in range(5):
        assert register(client, activity, 1, address="10.3.3.5").status_code == 200
    response = register(client, activity, 1, address="10.3.3.5")
    assert response.status_code == 429
    assert "several registrations in a short time" in text_of(response, "#register div.errorlist")
    assert element(response, 'input[name="email"]')["value"] == "ilze1@example.lv"
    # A colleague at the same address is not held up by it; the address counted is the same.
    assert register(client, activity, 2, address="10.3.3.5").status_code == 200


def test_the_same_email_address_from_many_addresses_is_limited(client):
    activity = ActivityFactory(capacity=None)
    for number in range(10):
        assert register(client, activity, 1, address=f"10.6.0.{number + 1}").status_code == 200
    # Written in capitals it is the same address.
    response = register(client, activity, 1, address="10.6.0.99", email="ILZE1@example.lv ")
    assert response.status_code == 429
    assert Registration.objects.filter(activity=activity).count() == 1


def test_with_the_cache_unreachable_registrations_are_stored_and_flagged(client, closed_port):
    activity = ActivityFactory(capacity=None)
    dead = {
        "default": {
            "BACKEND": "apps.core.caching.backend.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port}/0",
        }
    }
    with override_settings(CACHES=dead):
        for number in range(6):
            assert register(client, activity, number, address="10.4.4.4").status_code == 200
    assert Registration.objects.filter(received_without_rate_limit=True).count() == 6


def test_a_closed_registration_takes_no_post(client):
    closed = ActivityFactory(registration_open=False)
    response = register(client, closed)
    assert response.status_code == 400
    assert not html_of(response).select("#register form")
    assert not Registration.objects.exists()


def test_the_form_on_a_cached_page_carries_each_visitors_own_token(client, activity, page_cache):
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    url = event_url(activity)
    page_one, page_two = first.get(url), second.get(url)
    assert page_two["X-Page-Cache"] == "hit"
    assert csrf_token(page_one) != csrf_token(page_two)
    response = second.post(
        url, {**person(1), "csrfmiddlewaretoken": csrf_token(page_two)}, REMOTE_ADDR="10.5.0.1"
    )
    assert response.status_code == 200


def test_a_registration_sent_after_the_session_expired_is_shown_again_filled_in(activity):
    reader = Client(enforce_csrf_checks=True)
    url = event_url(activity, "sv")
    response = reader.post(url, person(1), REMOTE_ADDR="10.5.5.5")
    assert response.status_code == 403
    assert element(response, 'input[name="email"]')["value"] == "ilze1@example.lv"
    assert not Registration.objects.exists()
    again = reader.post(
        url, {**person(1), "csrfmiddlewaretoken": csrf_token(response)}, REMOTE_ADDR="10.5.5.5"
    )
    assert again.status_code == 200
    assert Registration.objects.count() == 1


def test_the_cancellation_link_no_longer_cancels_once_the_event_is_over(client, activity):
    from datetime import timedelta

    from django.utils import timezone

    register(client, activity, language="lv")
    confirmation = confirm(client)
    cancel = element(confirmation, "#cancel-link")["href"]
    started = timezone.now() - timedelta(days=2)
    type(activity).objects.filter(pk=activity.pk).update(start=started, end=started + timedelta(hours=6))
    assert not html_of(client.get(confirmation.wsgi_request.path)).select("#cancel-link")
    for response in (client.get(cancel), client.post(cancel)):
        assert response.status_code == 200
        assert element(response, "#registration-status")["data-status"] == S.CONFIRMED
        assert not html_of(response).select("main form")
    assert Registration.objects.get().status == S.CONFIRMED
    with translation.override("lv"):
        message = translation.gettext("This event is over, so the registration can no longer be cancelled.")
    assert text_of(client.get(cancel), "#registration-status") == message
