"""The public pages: subscribe with double opt-in, confirm, unsubscribe in one click; digests.

Tasks run in-process here (the test settings' default) and mail goes to Django's locmem outbox;
the deliveries through a real worker and SMTP server are in test_worker.py.
"""

import re

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st
from zeal import zeal_ignore

from django.core import mail, signing
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from apps.core.i18n import LANGUAGE_CODES
from apps.notifications import tasks, tokens
from apps.notifications.models import Frequency, Kind, Notification, OptOut, Subscriber, address_hash
from apps.notifications.services.outbox import notification_deliver
from apps.notifications.services.subscriptions import (
    address_unsubscribe,
    subscriber_confirm,
    subscription_request,
)
from tests.notifications.factories import NotificationFactory
from tests.practices.factories import PracticePageFactory
from tests.vocabulary.factories import ThemeFactory

pytestmark = pytest.mark.django_db


def subscribe_url(language: str, name: str = "subscribe") -> str:
    with translation.override(language):
        return reverse(f"notifications:{name}")


def subscribe(client, language="es", **changes):
    data = {"email": "lector@example.es", "language": language, "frequency": "daily", **changes}
    return client.post(subscribe_url(language), data)


def link_in(message, name: str) -> str:
    """The path of the first link to the notifications' `name` page in a message's text."""
    for code in LANGUAGE_CODES:
        with translation.override(code):
            start = reverse(f"notifications:{name}", args=["x"]).removesuffix("x/")
        found = re.search(rf"https?://[^/\s]+({re.escape(start)}[^\s]+/)", message.body)
        if found:
            return found.group(1)
    raise AssertionError(message.body)


@pytest.fixture
def confirmed(django_capture_on_commit_callbacks):
    """A subscriber who confirmed, for every country and theme, reading Spanish, daily."""
    with django_capture_on_commit_callbacks(execute=True):
        subscriber = subscription_request(
            email="lector@example.es", language="es", countries=[], themes=[], frequency="daily"
        )
        subscriber_confirm(subscriber)
    mail.outbox.clear()
    return Subscriber.objects.get(pk=subscriber.pk)


def publish(title="Harbour kitchen", country="ES", **kwargs):
    with translation.override("en"):
        return PracticePageFactory(title=title, country=country, **kwargs)


def send_daily(django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        tasks.digests_send.delay(Frequency.DAILY)


@pytest.mark.parametrize("language", LANGUAGE_CODES)
def test_the_form_is_served_in_every_language_and_asks_for_a_confirmation(
    client, language, django_capture_on_commit_callbacks
):
    page = client.get(subscribe_url(language))
    assert page.status_code == 200
    assert page["Content-Language"] == language
    assert b'name="csrfmiddlewaretoken"' in page.content
    assert b'name="viewport"' in page.content
    with django_capture_on_commit_callbacks(execute=True):
        response = subscribe(client, language=language, email=f"reader-{language}@example.org")
    assert response.status_code == 302
    assert response["Location"] == subscribe_url(language, "subscribed")
    [message] = mail.outbox
    assert message.to == [f"reader-{language}@example.org"]
    assert message.extra_headers["Content-Language"] == language
    with translation.override(language):
        assert message.subject == translation.gettext("Confirm your subscription to the new cases")
    assert link_in(message, "confirm").startswith(f"/{language}/")
    assert Subscriber.objects.get(email=f"reader-{language}@example.org").confirmed is None


def test_the_form_needs_a_csrf_token():
    client = Client(enforce_csrf_checks=True)
    response = client.post(subscribe_url("en"), {"email": "a@example.org", "language": "en"})
    assert response.status_code == 403
    assert not Subscriber.objects.exists()


def test_the_answer_is_the_same_for_a_known_and_an_unknown_address(client, confirmed):
    known = subscribe(client, email=confirmed.email)
    unknown = subscribe(client, email="someone-else@example.es")
    assert (known.status_code, known["Location"]) == (unknown.status_code, unknown["Location"])
    # The confirmed subscriber's choices are not changed by whoever typed the address.
    confirmed.refresh_from_db()
    assert confirmed.is_active and confirmed.frequency == "daily"


def test_the_form_is_rate_limited_like_the_replication_form(client):
    for number in range(5):
        assert subscribe(client, email=f"r{number}@example.org").status_code == 302
    limited = subscribe(client, email="r6@example.org")
    assert limited.status_code == 429
    assert not Subscriber.objects.filter(email="r6@example.org").exists()


def test_one_recipient_gets_at_most_three_confirmations_an_hour_from_any_addresses(
    django_capture_on_commit_callbacks,
):
    answers = []
    with django_capture_on_commit_callbacks(execute=True):
        for number in range(1, 7):
            response = Client(REMOTE_ADDR=f"198.51.100.{number}").post(
                subscribe_url("es"), {"email": "target@example.es", "language": "es", "frequency": "daily"}
            )
            answers.append((response.status_code, response["Location"]))
    assert [message.to for message in mail.outbox] == [["target@example.es"]] * 3
    # The fourth and later askers get the usual answer: nothing tells them mail was held back.
    assert answers == [(302, subscribe_url("es", "subscribed"))] * 6
    # Another recipient is not held up by it.
    with django_capture_on_commit_callbacks(execute=True):
        subscribe(Client(REMOTE_ADDR="198.51.100.1"), email="other@example.es")
    assert mail.outbox[-1].to == ["other@example.es"]


def test_a_bot_filling_the_honeypot_gets_the_same_answer_and_nothing_is_stored(client):
    response = subscribe(client, website="http://spam.example")
    assert response.status_code == 302
    assert not Subscriber.objects.exists()


def test_no_digest_goes_to_an_unconfirmed_address(client, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        subscribe(client)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publish()
    send_daily(django_capture_on_commit_callbacks)
    assert mail.outbox == []
    assert not Notification.objects.filter(template="digest").exists()


def test_confirming_takes_a_click_on_the_page_and_then_the_digest_comes(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        subscribe(client)
    link = link_in(mail.outbox[0], "confirm")
    assert client.get(link).status_code == 200  # a mail scanner opening the link confirms nothing
    assert Subscriber.objects.get().confirmed is None
    assert client.post(link).status_code == 200
    assert Subscriber.objects.get().confirmed is not None
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        case = publish()
    send_daily(django_capture_on_commit_callbacks)
    [digest] = mail.outbox
    with translation.override("es"):
        assert digest.subject == translation.ngettext(
            "One new case in the library", "%(counter)s new cases in the library", 1
        ) % {"counter": 1}
        assert case.get_url() in digest.body
    assert "/es/" in digest.body
    assert digest.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


def test_a_confirmation_link_expires(client, settings, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        subscribe(client)
    link = link_in(mail.outbox[0], "confirm")
    settings.NOTIFICATIONS_CONFIRM_MAX_AGE = 0
    response = client.post(link)
    assert response.status_code == 400
    assert Subscriber.objects.get().confirmed is None


def test_a_digest_for_a_subscriber_with_no_news_is_not_sent(confirmed, django_capture_on_commit_callbacks):
    send_daily(django_capture_on_commit_callbacks)
    assert mail.outbox == []
    assert not Notification.objects.filter(template="digest").exists()


def test_a_digest_has_only_the_countries_and_themes_chosen(django_capture_on_commit_callbacks):
    theme = ThemeFactory(code="food", name="Food")
    with django_capture_on_commit_callbacks(execute=True):
        swedes = subscription_request(
            email="se@example.se", language="sv", countries=["SE"], themes=[], frequency="daily"
        )
        subscriber_confirm(swedes)
        # Each subscription sets the themes of the one subscriber it writes: not a loop.
        with zeal_ignore([{"model": "notifications.Subscriber", "field": "themes"}]):
            food = subscription_request(
                email="food@example.fr", language="fr", countries=[], themes=[theme], frequency="daily"
            )
        subscriber_confirm(food)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publish("Spanish food", country="ES", themes=[theme])
        publish("Swedish crafts", country="SE")
    send_daily(django_capture_on_commit_callbacks)
    by_address = {message.to[0]: message for message in mail.outbox}
    assert set(by_address) == {"se@example.se", "food@example.fr"}
    assert "Swedish crafts" in by_address["se@example.se"].body
    assert "Spanish food" not in by_address["se@example.se"].body
    assert "Spanish food" in by_address["food@example.fr"].body
    assert "Swedish crafts" not in by_address["food@example.fr"].body
    # The next digest has nothing new: nothing is sent again.
    mail.outbox.clear()
    Notification.objects.all().delete()
    send_daily(django_capture_on_commit_callbacks)
    assert mail.outbox == []


def test_a_digest_runs_in_many_small_chunks(settings, django_capture_on_commit_callbacks):
    settings.NOTIFICATIONS_DIGEST_CHUNK = 3
    now = timezone.now()
    subscribers = Subscriber.objects.bulk_create(
        Subscriber(
            email=f"s{n}@example.org",
            language=LANGUAGE_CODES[n % 5],
            frequency=Frequency.DAILY,
            confirmed=now,
            digest_through=now,
        )
        for n in range(10)
    )
    with django_capture_on_commit_callbacks(execute=True):
        publish()
    with django_capture_on_commit_callbacks(execute=True):
        chunks = tasks.digests_send.apply(args=[Frequency.WEEKLY]).get()
        assert chunks == 0  # nobody reads weekly yet
        Subscriber.objects.update(frequency=Frequency.WEEKLY)
        chunks = tasks.digests_send.apply(args=[Frequency.WEEKLY]).get()
    assert chunks == 4
    assert sorted(message.to[0] for message in mail.outbox) == sorted(s.email for s in subscribers)
    languages = {message.to[0]: message.extra_headers["Content-Language"] for message in mail.outbox}
    assert set(languages.values()) == set(LANGUAGE_CODES)


def test_unsubscribe_from_the_link_asks_first_then_stops_the_next_digest(
    client, confirmed, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        publish("First news")
    send_daily(django_capture_on_commit_callbacks)
    [digest] = mail.outbox
    path = re.search(r"<https?://[^/]+(/[^>]+)>", digest.extra_headers["List-Unsubscribe"]).group(1)
    assert path.startswith("/es/notificaciones/darse-de-baja/")
    page = client.get(path)
    assert page.status_code == 200
    assert Subscriber.objects.get().unsubscribed is None  # opening the link changes nothing
    assert client.post(path).status_code == 200
    assert Subscriber.objects.get().unsubscribed is not None
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        publish("Second news")
    send_daily(django_capture_on_commit_callbacks)
    assert mail.outbox == []


def test_the_one_click_post_needs_no_login_and_no_csrf_token(confirmed):
    token = tokens.unsubscribe_token(confirmed.email, Kind.DIGEST)
    client = Client(enforce_csrf_checks=True)
    response = client.post(
        f"/en/notifications/unsubscribe/{token}/",
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert Subscriber.objects.get().unsubscribed is not None
    assert OptOut.objects.filter(email_hash=address_hash(confirmed.email), kind=Kind.DIGEST).exists()
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]


def test_an_unsubscribe_between_writing_and_sending_still_stops_the_message(confirmed):
    row = NotificationFactory(
        kind=Kind.DIGEST,
        template="digest",
        event_key="digest:daily:test",
        email=confirmed.email,
        language="es",
        subscriber=confirmed,
        status=Notification.Status.PENDING,
        context={"cases": [publish().pk]},
    )
    address_unsubscribe(email=confirmed.email, kind=Kind.DIGEST)
    assert notification_deliver(row.pk).status == "skipped"
    assert mail.outbox == []


@pytest.mark.parametrize(
    "token",
    [
        "forged",
        signing.Signer(salt="another.salt").sign_object({"e": "lector@example.es", "k": "digest"}),
        signing.Signer(salt=tokens.UNSUBSCRIBE_SALT, key="not-the-key").sign_object(
            {"e": "lector@example.es", "k": "digest"}
        ),
        signing.Signer(salt=tokens.UNSUBSCRIBE_SALT).sign_object({"e": "lector@example.es", "k": "nothing"}),
    ],
)
def test_a_forged_unsubscribe_token_is_refused(client, confirmed, token):
    for method in (client.get, client.post):
        assert method(f"/en/notifications/unsubscribe/{token}/").status_code == 400
    assert Subscriber.objects.get().unsubscribed is None


def test_a_tampered_unsubscribe_token_is_refused(client, confirmed):
    token = tokens.unsubscribe_token(confirmed.email, Kind.DIGEST)
    payload, signature = token.rsplit(":", 1)
    other = tokens.unsubscribe_token("someone@example.org", Kind.DIGEST).rsplit(":", 1)[0]
    for changed in (f"{other}:{signature}", f"{payload}:{signature[:-1]}x", token[1:]):
        assert client.post(f"/en/notifications/unsubscribe/{changed}/").status_code == 400
    assert Subscriber.objects.get().unsubscribed is None


@hypothesis_settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    token=st.text(
        alphabet=st.characters(blacklist_categories=["Cs"], blacklist_characters="/?#%"), min_size=1
    )
)
def test_no_token_makes_a_link_page_fail(client, token):
    for path in (f"/en/notifications/unsubscribe/{token}/", f"/en/notifications/confirm/{token}/"):
        for method in (client.get, client.post):
            assert method(path).status_code < 500


@hypothesis_settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.dictionaries(
        st.sampled_from(["email", "language", "countries", "themes", "frequency", "website"]),
        st.one_of(st.text(max_size=300), st.lists(st.text(max_size=20), max_size=5)),
    )
)
def test_no_form_input_makes_the_subscription_page_fail(client, settings, data):
    settings.RATELIMIT_ENABLE = False
    response = client.post(subscribe_url("fr"), data)
    assert response.status_code in (302, 400)


def test_the_public_pages_make_few_queries(client, confirmed, django_assert_max_num_queries):
    token = tokens.unsubscribe_token(confirmed.email, Kind.DIGEST)
    confirm = tokens.confirm_token(confirmed)
    # The site's menu and view restrictions take four; the rest is the page's own, and fixed.
    with django_assert_max_num_queries(7):  # + the themes of the form
        assert client.get(subscribe_url("sv")).status_code == 200
    with django_assert_max_num_queries(4):  # nothing of its own: the token says it all
        assert client.get(f"/lv/pazinojumi/atteikties/{token}/").status_code == 200
    with django_assert_max_num_queries(7):  # the opt-out and the subscriber, in savepoints
        assert client.post(f"/lv/pazinojumi/atteikties/{token}/").status_code == 200
    with django_assert_max_num_queries(5):  # + the subscriber
        assert client.get(f"/fr/notifications/confirmer/{confirm}/").status_code == 200


def test_the_pages_of_the_links_are_never_stored_in_the_page_cache(client, confirmed, page_cache):
    token = tokens.unsubscribe_token(confirmed.email, Kind.DIGEST)
    for path in (f"/en/notifications/unsubscribe/{token}/", subscribe_url("en")):
        client.get(path)
        assert "X-Page-Cache" not in client.get(path)
