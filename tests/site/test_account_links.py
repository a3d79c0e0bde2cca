"""A signed-in partner's own pages offer their account and signing out; shared pages never do."""

import pytest

from django.test import Client
from django.urls import reverse
from django.utils import translation

from apps.practices.models import PracticeIndexPage
from tests.helpers import element, html_of, url_in
from tests.partners.factories import MembershipFactory, OrganisationFactory
from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db

OWN_PAGES = ["account:home", "mapping:entries", "notifications:preferences"]


@pytest.fixture
def partner():
    user = UserFactory(email="ana@example.org", first_name="Ana")
    MembershipFactory(user=user, organisation=OrganisationFactory(name="Rīgas sociālais centrs"))
    return user


@pytest.mark.parametrize("name", OWN_PAGES)
def test_a_signed_in_partner_sees_account_and_sign_out_on_their_own_pages(client, partner, name):
    client.force_login(partner)
    with translation.override("en"):
        response = client.get(reverse(name))
        account, sign_out = reverse("account:home"), reverse("account:logout")
    assert response.status_code == 200
    links = element(response, "header nav.account-links")
    assert element(links, "a")["href"] == account
    assert element(links, "a").get_text() == "Your account"
    form = element(links, "form")
    assert form["method"] == "post" and form["action"] == sign_out
    assert element(form, "button").get_text() == "Sign out"
    assert element(form, 'input[name="csrfmiddlewaretoken"]')["value"]


def test_the_header_sign_out_form_signs_the_partner_out(partner):
    client = Client(enforce_csrf_checks=True)
    client.force_login(partner)
    with translation.override("sv"):
        entries, account = reverse("mapping:entries"), reverse("account:home")
    form = element(client.get(entries), "nav.account-links form")
    token = element(form, 'input[name="csrfmiddlewaretoken"]')["value"]
    assert element(form, "button").get_text() == "Logga ut"
    response = client.post(form["action"], {"csrfmiddlewaretoken": token})
    assert response.status_code == 200
    assert "_auth_user_id" not in client.session
    assert client.get(account).status_code == 302


def test_the_cached_public_page_has_no_account_links(client, partner, page_cache):
    library = url_in(PracticeIndexPage.objects.get(), "en")
    first = client.get(library)
    cached = client.get(library)
    assert (first["X-Page-Cache"], cached["X-Page-Cache"]) == ("miss", "hit")
    for response in (first, cached):
        assert html_of(response).select("nav.account-links") == []
        assert "Sign out" not in response.content.decode()
        # Who is signed in is not even asked: the shared page does not vary by cookie.
        assert "Cookie" not in response.get("Vary", "")
    client.force_login(partner)
    own_view = html_of(client.get(library))
    assert own_view.select("nav.account-links") == []
    assert "Sign out" not in own_view.get_text()
