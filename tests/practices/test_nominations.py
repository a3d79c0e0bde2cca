"""The public side of nominations: the form below the library in each language, its double
opt-in by the e-mailed link, and the retention of the nominator's data."""

import datetime
import re
from urllib.parse import urlparse

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.test import Client, override_settings
from django.urls import reverse
from django.utils import timezone, translation

from apps.notifications.models import Notification
from apps.notifications.services.rendering import notification_render
from apps.practices import tasks
from apps.practices.models import Nomination, PracticeIndexPage
from apps.practices.services import nominations as services
from apps.vocabulary.models import ProcessElement, SupportArea
from tests.helpers import csrf_token, element, html_of, run_task, text_of

pytestmark = pytest.mark.django_db

S = Nomination.Status

GOOD = {
    "initiative": "Rīgas kopienas virtuve",
    "country": "LV",
    "region": "LV00",
    "web_address": "https://virtuve.example.lv",
    "problem": "Vientuļi seniori Rīgā nepaēd siltas pusdienas un dzīvo izolēti.",
    "activity": "Brīvprātīgie kopā ar senioriem gatavo un ēd pusdienas apkaimes centrā.",
    "results": "Divos gados 300 seniori, 40 brīvprātīgie.",
    "name": "Ilze Bērziņa",
    "email": "Ilze@Example.lv",
    "organisation": "Rīgas biedrība",
    "consent_to_contact": "on",
}


def nominate_url(language: str) -> str:
    """The form's address: the library's, then the word of the reader's language."""
    from apps.practices.urls import NOMINATE

    with translation.override(language):
        return f"{PracticeIndexPage.objects.get().get_url()}{NOMINATE}/"


def confirm_link(nomination: Nomination) -> str:
    """The path of the link in the confirmation e-mail written for the nomination, as it reads."""
    notification = Notification.objects.filter(
        template="nomination_pending", context__nomination_id=nomination.pk
    ).latest("pk")
    message = notification_render(notification)
    return urlparse(re.search(r"https?://\S+/\S+/", message.body)[0]).path


def nomination(language="lv", **changes) -> Nomination:
    data = {
        "initiative": GOOD["initiative"],
        "country": "LV",
        "region": "LV00",
        "website": GOOD["web_address"],
        "problem": GOOD["problem"],
        "activity": GOOD["activity"],
        "results": GOOD["results"],
        "name": GOOD["name"],
        "email": "ilze@example.lv",
        "organisation": GOOD["organisation"],
        "consent_to_contact": True,
        **changes,
    }
    return services.nomination_create(data=data, language=language)


# The form in each language


@pytest.mark.parametrize(
    ("language", "word", "heading"),
    [
        ("sv", "nominera", "Nominera en social innovation"),
        ("lv", "ieteikt", "Ieteikt sociālo inovāciju"),
        ("es", "nominar", "Proponer una innovación social"),
        ("fr", "proposer", "Proposer une innovation sociale"),
        ("en", "nominate", "Nominate a social innovation"),
    ],
)
def test_the_form_is_below_the_library_at_the_word_of_each_language(client, language, word, heading):
    url = nominate_url(language)
    assert url.startswith(f"/{language}/") and url.endswith(f"/{word}/")
    response = client.get(url)
    assert response.status_code == 200
    assert text_of(response, "h1") == heading
    assert element(response, "#nomination-form")
    # Another language's word is not a page in this one.
    other = "nominate" if language != "en" else "nominera"
    assert client.get(url.replace(f"/{word}/", f"/{other}/")).status_code == 404


def test_the_library_links_the_form_and_the_language_switcher_leads_to_the_form_in_each_language(client):
    library = client.get(PracticeIndexPage.objects.get().get_url())
    assert element(library, ".library-nominate a")["href"] == nominate_url("en")

    form = html_of(client.get(nominate_url("lv")))
    switcher = {link["hreflang"]: link["href"] for link in form.select("a[hreflang]")}
    assert {code: switcher[code] for code in ("sv", "lv", "es", "fr", "en")} == {
        code: nominate_url(code) for code in ("sv", "lv", "es", "fr", "en")
    }


def test_a_swedish_nomination_is_stored_unconfirmed_and_its_link_emailed_in_swedish(
    client, django_capture_on_commit_callbacks
):
    elements = list(ProcessElement.objects.order_by("number")[:2])
    area = SupportArea.objects.order_by("number").first()
    data = {**GOOD, "elements": [e.pk for e in elements], "support_areas": [area.pk]}
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(nominate_url("sv"), data, REMOTE_ADDR="10.3.0.1")
    assert response.status_code == 200
    assert "Kolla din e-post" in text_of(response, "#nomination-status")
    assert "private" in response["Cache-Control"]
    stored = Nomination.objects.get()
    assert (stored.status, stored.language, stored.email) == (S.UNCONFIRMED, "sv", "ilze@example.lv")
    assert stored.website == "https://virtuve.example.lv"
    assert set(stored.elements.all()) == set(elements) and list(stored.support_areas.all()) == [area]
    message = Notification.objects.get(template="nomination_pending")
    assert (message.language, message.email) == ("sv", "ilze@example.lv")
    rendered = notification_render(message)
    assert "Bekräfta" in rendered.subject
    # Nothing typed goes to an address nobody has confirmed yet.
    assert GOOD["initiative"] not in rendered.body and GOOD["name"] not in rendered.body


def test_a_latvian_nomination_is_confirmed_by_the_latvian_link(client):
    response = client.post(nominate_url("lv"), GOOD, REMOTE_ADDR="10.3.0.2")
    assert response.status_code == 200
    stored = Nomination.objects.get()
    link = confirm_link(stored)
    assert link.startswith("/lv/")
    # Opening the link (a mail scanner does) confirms nothing; the button does.
    page = client.get(link)
    assert page.status_code == 200
    assert element(page, "#nomination-status")["data-status"] == "pending"
    assert Nomination.objects.get().status == S.UNCONFIRMED
    confirmed = client.post(link)
    assert element(confirmed, "#nomination-status")["data-status"] == "confirmed"
    stored.refresh_from_db()
    assert stored.status == S.NEW and stored.confirmed is not None
    # Confirming again changes nothing.
    assert client.post(link).status_code == 200
    assert Nomination.objects.get().confirmed == stored.confirmed


def test_an_expired_link_says_so_and_confirms_nothing(client, settings):
    settings.NOMINATION_CONFIRM_DAYS = 3
    stored = nomination()
    Nomination.objects.filter(pk=stored.pk).update(created=timezone.now() - datetime.timedelta(days=4))
    url = reverse("nomination_confirm", args=[stored.token])
    for response in (client.get(url), client.post(url)):
        assert response.status_code == 410
        assert element(response, "#nomination-status")["data-status"] == "expired"
    assert Nomination.objects.get().status == S.UNCONFIRMED


@pytest.mark.parametrize("token", ["no-such-token", "x" * 300])
def test_an_unknown_link_is_a_clear_404(client, token):
    with translation.override("es"):
        url = reverse("nomination_confirm", args=[token])
    for response in (client.get(url), client.post(url)):
        assert response.status_code == 404
        assert element(response, "#nomination-status")["data-status"] == "unknown"


# Errors, bots, limits and an expired session


def test_errors_are_named_in_the_readers_language_and_what_was_typed_is_kept(client):
    area = SupportArea.objects.order_by("number").first()
    sent = {**GOOD, "email": "not-an-address", "problem": "Par īsu", "support_areas": [area.pk]}
    del sent["consent_to_contact"]
    response = client.post(nominate_url("lv"), sent, REMOTE_ADDR="10.3.0.3")
    assert response.status_code == 400
    html = response.content.decode()
    assert "Jāievada derīga e-pasta adrese." in html
    assert element(html, 'input[name="email"]')["value"] == "not-an-address"
    assert element(html, 'input[name="initiative"]')["value"] == GOOD["initiative"]
    assert text_of(html, 'textarea[name="activity"]') == GOOD["activity"]
    assert text_of(html, 'textarea[name="problem"]') == "Par īsu"
    assert element(html, f'input[name="support_areas"][value="{area.pk}"]').has_attr("checked")
    assert element(html, 'input[name="consent_to_contact"]').has_attr("aria-invalid")
    assert Nomination.objects.count() == 0


def test_the_honeypot_answers_as_to_a_person_and_stores_nothing(client):
    response = client.post(
        nominate_url("en"), {**GOOD, "website": "http://spam.example"}, REMOTE_ADDR="10.3.0.4"
    )
    assert response.status_code == 200
    assert element(response, "#nomination-status")["data-status"] == "sent"
    assert Nomination.objects.count() == 0


def test_nominations_are_rate_limited_per_address_and_email(client):
    url = nominate_url("es")
    for _ in range(5):
        assert client.post(url, GOOD, REMOTE_ADDR="10.3.9.9").status_code == 200
    refused = client.post(url, GOOD, REMOTE_ADDR="10.3.9.9")
    assert refused.status_code == 429
    assert "Inténtelo de nuevo dentro de una hora" in refused.content.decode()
    assert element(refused, 'input[name="initiative"]')["value"] == GOOD["initiative"]
    assert Nomination.objects.count() == 5
    # A colleague behind the same address, with an address of their own, is not refused.
    assert client.post(url, {**GOOD, "email": "otra@example.es"}, REMOTE_ADDR="10.3.9.9").status_code == 200


def test_with_the_cache_unreachable_a_nomination_is_stored_and_flagged(client, closed_port):
    dead = {
        "default": {
            "BACKEND": "apps.core.caching.backend.ResilientRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port}/0",
        }
    }
    with override_settings(CACHES=dead):
        for _ in range(6):
            assert client.post(nominate_url("fr"), GOOD, REMOTE_ADDR="10.3.7.7").status_code == 200
    assert Nomination.objects.count() == 6
    assert all(stored.received_without_rate_limit for stored in Nomination.objects.all())


def test_a_nomination_sent_after_the_session_expired_is_shown_again_filled_in_and_can_be_resent():
    reader = Client(enforce_csrf_checks=True)
    url = nominate_url("sv")
    response = reader.post(url, GOOD, REMOTE_ADDR="10.3.5.5")
    assert response.status_code == 403
    html = response.content.decode()
    assert "Din session hade gått ut" in html
    assert element(html, 'input[name="email"]')["value"] == GOOD["email"]
    assert text_of(html, 'textarea[name="problem"]') == GOOD["problem"]
    assert Nomination.objects.count() == 0
    again = reader.post(url, {**GOOD, "csrfmiddlewaretoken": csrf_token(html)}, REMOTE_ADDR="10.3.5.5")
    assert again.status_code == 200
    assert Nomination.objects.count() == 1


def test_the_library_itself_still_answers_at_its_address(client):
    with translation.override("en"):
        url = PracticeIndexPage.objects.get().get_url()
    response = client.get(url)
    assert response.status_code == 200
    assert not html_has_form(response)


def html_has_form(response) -> bool:
    return 'id="nomination-form"' in response.content.decode()


# Retention


def test_unconfirmed_nominations_go_once_their_link_expired_with_their_messages(
    settings, django_capture_on_commit_callbacks
):
    settings.NOMINATION_CONFIRM_DAYS = 3
    with django_capture_on_commit_callbacks(execute=True):
        old, fresh = nomination(), nomination(email="fresh@example.lv")
    Nomination.objects.filter(pk=old.pk).update(created=timezone.now() - datetime.timedelta(days=4))
    assert Notification.objects.filter(context__nomination_id=old.pk).exists()
    assert run_task(tasks.nominations_purge) == {"deleted": 1, "anonymised": 0}
    assert list(Nomination.objects.all()) == [fresh]
    assert not Notification.objects.filter(context__nomination_id=old.pk).exists()


def test_a_declined_nomination_loses_the_nominators_data_after_the_retention(settings, editor):
    settings.NOMINATION_RETENTION_DAYS = 30
    declined, accepted = nomination(), nomination(initiative="Kept")
    for item, status in ((declined, S.DECLINED), (accepted, S.ACCEPTED)):
        services.nomination_confirm(nomination=item)
        services.nomination_decide(nomination=item, status=status, comment="", user=editor)
    Nomination.objects.update(decided=timezone.now() - datetime.timedelta(days=31))
    assert services.nominations_purge() == {"deleted": 0, "anonymised": 1}
    declined.refresh_from_db()
    assert (declined.name, declined.email, declined.organisation) == ("", "", "")
    assert declined.anonymised is not None and declined.initiative == GOOD["initiative"]
    accepted.refresh_from_db()
    assert accepted.email == "ilze@example.lv"
    # Its link is gone with the address.
    assert Client().get(reverse("nomination_confirm", args=[declined.token])).status_code == 404
    assert services.nominations_purge() == {"deleted": 0, "anonymised": 0}


def test_a_declined_nomination_within_the_retention_keeps_its_data(settings, editor):
    settings.NOMINATION_RETENTION_DAYS = 30
    item = nomination()
    services.nomination_confirm(nomination=item)
    services.nomination_decide(nomination=item, status=S.DECLINED, comment="", user=editor)
    assert services.nominations_purge() == {"deleted": 0, "anonymised": 0}


@pytest.fixture
def editor(db):
    from tests.users.factories import UserFactory

    return UserFactory(superuser=True, preferred_language="en")


# Whatever is posted, never a server error

field_names = st.sampled_from([*GOOD, "website", "elements", "support_areas", "csrfmiddlewaretoken"])
values = st.one_of(
    st.text(max_size=60),
    st.sampled_from(["", "LV", "SE", "XX", "0", "-1", "99999999999", "on", "https://", "a@b", "\x00"]),
)


def test_no_post_to_the_form_gives_a_server_error(client):
    url = nominate_url("lv")

    @settings(
        max_examples=40,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(data=st.dictionaries(field_names, st.one_of(values, st.lists(values, max_size=3)), max_size=14))
    def answers_without_a_server_error(data):
        response = client.post(url, {**GOOD, **data}, REMOTE_ADDR="10.3.1.1")
        assert response.status_code < 500, data

    answers_without_a_server_error()


def test_the_form_and_the_link_cost_a_few_queries(client, django_assert_max_num_queries):
    url = nominate_url("sv")
    client.get(url)
    stored = nomination("sv")
    link = reverse("nomination_confirm", args=[stored.token])
    # The page, its specific row, and the two lists of checkboxes.
    with django_assert_max_num_queries(4):
        assert client.get(url).status_code == 200
    # The nomination and the library's address.
    with django_assert_max_num_queries(2):
        assert client.get(link).status_code == 200
