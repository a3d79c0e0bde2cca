"""Partners' sign-in, password and account pages on the public site."""

import re

import pytest

from django.conf import settings
from django.core import mail
from django.test import Client
from django.urls import reverse
from django.utils import translation

from wagtail.models import PageViewRestriction

from tests.helpers import element, html_of, text_of, url_in
from tests.partners.factories import MembershipFactory, OrganisationFactory
from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db

RIGHT = "correct horse battery staple"
SIGN_IN = "/en/account/sign-in/"


@pytest.fixture
def partner():
    return UserFactory(
        email="ana@example.org", first_name="Ana", last_name="Bērziņa", preferred_language="lv"
    )


def sign_in(client, email, password, url=SIGN_IN, **extra):
    return client.post(url, {"username": email, "password": password}, **extra)


@pytest.mark.parametrize("language", [code for code, _name in settings.LANGUAGES])
def test_every_language_serves_an_accessible_sign_in_page(client, language):
    with translation.override(language):
        response = client.get(reverse("account:login"))
    assert response.status_code == 200
    assert html_of(response).html["lang"] == language
    email = element(response, 'input[name="username"]')
    password = element(response, 'input[name="password"]')
    assert email["type"] == "email" and email["autocomplete"] == "username"
    assert password["autocomplete"] == "current-password"
    for field in (email, password):
        assert element(response, f'label[for="{field["id"]}"]').get_text(strip=True)
    assert element(response, 'meta[name="robots"]')["content"] == "noindex"
    assert element(response, "form.account-form")["method"] == "post"


def test_signing_in_lands_on_the_partners_entries_and_signing_out_takes_a_post(client, partner):
    response = sign_in(client, "Ana@Example.org", RIGHT)
    assert response.status_code == 302
    assert response["Location"] == "/en/mapping/entries/"
    assert text_of(client.get("/en/account/"), "h1") == "Your account"

    assert client.get("/en/account/sign-out/").status_code == 405
    assert "_auth_user_id" in client.session
    response = client.post("/en/account/sign-out/")
    assert response.status_code == 200
    assert text_of(response, "h1") == "You have signed out"
    assert "_auth_user_id" not in client.session
    assert client.get("/en/account/").status_code == 302


def test_a_wrong_password_is_refused_with_a_summary_of_what_to_correct(client, partner):
    response = sign_in(client, partner.email, "not the password")
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    summary = element(response, ".error-summary")
    assert summary["role"] == "alert"
    assert "That e-mail address and password do not match an account." in summary.get_text()
    assert element(response, 'input[name="username"]')["value"] == partner.email


def test_a_missing_field_is_named_in_the_summary_and_linked_to_its_input(client):
    response = client.post(SIGN_IN, {"username": "someone@example.org", "password": ""})
    link = element(response, ".error-summary a")
    assert link["href"] == "#id_password"
    password = element(response, "#id_password")
    assert password["aria-invalid"] == "true"
    assert "id_password_error" in password["aria-describedby"].split()
    assert element(response, "#id_password_error").get_text(strip=True)


def test_the_next_page_is_kept_and_only_when_it_is_on_this_site(client, partner):
    form = client.get(f"{SIGN_IN}?next=/en/account/password/")
    assert element(form, 'input[name="next"]')["value"] == "/en/account/password/"
    response = client.post(
        f"{SIGN_IN}?next=/en/account/password/", {"username": partner.email, "password": RIGHT}
    )
    assert response["Location"] == "/en/account/password/"

    other = Client()
    response = other.post(
        f"{SIGN_IN}?next=https://evil.example/steal", {"username": partner.email, "password": RIGHT}
    )
    assert response["Location"] == "/en/mapping/entries/"


def test_the_partners_home_is_the_landing_page_once_its_url_exists(client, partner, settings):
    settings.PARTNER_HOME_URL_NAME = "account:password_change"
    assert sign_in(client, partner.email, RIGHT)["Location"] == "/en/account/password/"


def test_the_account_page_needs_a_sign_in(client):
    response = client.get("/sv/konto/")
    assert response.status_code == 302
    assert response["Location"] == "/sv/konto/logga-in/?next=/sv/konto/"


def test_the_account_page_lists_the_persons_organisations_and_is_private(client, partner):
    MembershipFactory(
        user=partner, organisation=OrganisationFactory(name="Rīgas sociālais centrs", acronym="RSC")
    )
    MembershipFactory(user=partner, organisation=OrganisationFactory(name="Arbetsförmedlingen"))
    OrganisationFactory(name="Someone Else's Foundation")
    client.force_login(partner)
    response = client.get("/en/account/")
    assert response.status_code == 200
    organisations = [
        item.get_text(" ", strip=True) for item in html_of(response).select(".account-organisations li")
    ]
    assert organisations == ["Arbetsförmedlingen · Member", "Rīgas sociālais centrs (RSC) · Member"]
    facts = text_of(response, ".account-facts")
    assert "Ana Bērziņa" in facts and "ana@example.org" in facts and "Latvian" in facts
    assert element(response, 'a[href="/en/account/password/"]')
    assert element(response, 'form[action="/en/account/sign-out/"]')["method"] == "post"
    cache_control = response["Cache-Control"]
    assert "private" in cache_control and "no-store" in cache_control


def test_a_password_reset_comes_in_the_persons_language_and_its_link_sets_a_new_password(
    client, partner, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/account/password/reset/", {"email": "ANA@example.org"})
    assert response.status_code == 302
    assert response["Location"] == "/en/account/password/reset/sent/"
    assert len(mail.outbox) == 1
    message = mail.outbox[0]
    assert message.to == ["ana@example.org"]
    assert message.subject == "Paroles atiestatīšana – Sociālās inovācijas kompetences centrs"
    assert "Kāds pieprasīja jaunu paroli kontam ana@example.org" in message.body
    base = re.escape(settings.NOTIFICATIONS_BASE_URL.rstrip("/"))
    link = re.search(base + r"(/lv/konts/parole/atjaunot/[^/\s]+/[^/\s]+/)", message.body).group(1)

    response = client.get(link)
    assert response.status_code == 302
    form_url = response["Location"]
    form = client.get(form_url)
    assert html_of(form).html["lang"] == "lv"
    assert element(form, "#id_new_password1")["autocomplete"] == "new-password"
    new = "a fresh harbour kitchen 2031"
    response = client.post(form_url, {"new_password1": new, "new_password2": new})
    assert response["Location"] == "/lv/konts/parole/atjaunot/gatavs/"
    assert client.get(response["Location"]).status_code == 200

    assert sign_in(Client(), partner.email, RIGHT).status_code == 200
    assert sign_in(Client(), partner.email, new).status_code == 302
    # The link works once.
    spent = client.get(link, follow=True)
    assert "Šī saite vairs nedarbojas" in text_of(spent, "main")


def test_a_reset_for_an_unknown_address_sends_nothing_and_says_the_same(
    client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post("/en/account/password/reset/", {"email": "nobody@example.org"})
    assert response["Location"] == "/en/account/password/reset/sent/"
    assert mail.outbox == []


def test_reset_links_are_limited_per_address(client, partner, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        for _ in range(5):
            assert client.post("/en/account/password/reset/", {"email": partner.email}).status_code == 302
        response = client.post("/en/account/password/reset/", {"email": partner.email})
    assert response.status_code == 429
    assert "several links in a short time" in text_of(response, ".error-summary")
    # Three reach the address in an hour, whoever asks (test_password_reset.py).
    assert len(mail.outbox) == 3


def test_a_signed_in_partner_changes_the_password(client, partner):
    client.force_login(partner)
    new = "another long passphrase 77"
    response = client.post(
        "/en/account/password/", {"old_password": RIGHT, "new_password1": new, "new_password2": new}
    )
    assert response["Location"] == "/en/account/password/changed/"
    assert "_auth_user_id" in client.session
    assert sign_in(Client(), partner.email, new).status_code == 302


def test_repeated_failures_lock_the_sign_in_even_for_the_right_password(client, partner):
    limit = settings.AXES_FAILURE_LIMIT
    responses = [
        sign_in(client, partner.email, f"guess {n}", REMOTE_ADDR="198.51.100.7") for n in range(limit)
    ]
    assert [response.status_code for response in responses] == [200] * (limit - 1) + [429]
    response = sign_in(client, partner.email, RIGHT, REMOTE_ADDR="198.51.100.7")
    assert response.status_code == 429
    assert "Too many failed attempts" in response.content.decode()
    assert "_auth_user_id" not in client.session


def test_account_pages_are_never_kept_by_the_page_cache(client, page_cache):
    for url in ("/en/account/sign-in/", "/en/account/password/reset/", "/en/account/password/reset/sent/"):
        for _ in range(2):
            response = client.get(url)
            assert response.status_code == 200
            assert response.get("X-Page-Cache") is None
            assert "no-store" in response["Cache-Control"]


def test_cached_pages_link_to_the_sign_in_and_show_no_one(client, partner, page_cache):
    client.get("/en/")
    cached = client.get("/en/")
    assert cached["X-Page-Cache"] == "hit"
    assert (
        element(cached, '.site-footer a[href="/en/account/sign-in/"]').get_text(strip=True)
        == "Partner sign-in"
    )


def test_pages_for_signed_in_readers_send_visitors_to_the_partner_sign_in(
    client, case, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=case, restriction_type=PageViewRestriction.LOGIN)
    page_url = url_in(case, "sv")
    response = client.get(page_url)
    assert response.status_code == 302
    assert response["Location"].startswith("/sv/konto/logga-in/?next=")


def test_the_admin_keeps_its_own_sign_in(client):
    staff = UserFactory(is_staff=True, is_superuser=True)
    assert client.get("/admin/")["Location"].startswith("/admin/login/")
    response = client.post("/admin/login/", {"username": staff.email, "password": RIGHT})
    assert response["Location"] == "/admin/"
