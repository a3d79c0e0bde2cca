"""Every address is in the page's language, and the old English ones lead there permanently."""

import re

import pytest

from django.conf import settings
from django.urls import URLPattern, URLResolver, get_resolver, reverse
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation
from django.utils.translation import pgettext_lazy

from apps.activities import services as activity_services
from apps.core.web.localized_urls import route
from apps.notifications import tokens
from apps.notifications.models import Kind
from tests.activities.factories import ActivityFactory
from tests.activities.helpers import person
from tests.mapping.factories import MappingEntryFactory
from tests.partners.factories import OrganisationFactory, PartnerFactory

# Wagtail's own addresses (its page tree, with translated slugs, and its page-privacy forms).
WAGTAIL_OWN = ("wagtail",)
# A word that is the same in the language as in English.
SAME_WORD = {("fr", "notifications")}
SAMPLE = {"int": "7", "str": "abc", "slug": "abc", "path": "abc"}
LANGUAGES = [code for code, _name in settings.LANGUAGES if code != "en"]


def _named_routes():
    """(name, sample kwargs) of every named route under the language prefix, read from the URLconf."""
    routes = []

    def walk(patterns, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                walk(pattern.url_patterns, inner)
            elif (
                isinstance(pattern, URLPattern) and pattern.name and not pattern.name.startswith(WAGTAIL_OWN)
            ):
                with translation.override("en"):
                    route = str(pattern.pattern)
                kwargs = {
                    name: ("MQ" if name == "uidb64" else SAMPLE.get(converter or "str", "abc"))
                    for converter, name in re.findall(r"<(?:(\w+):)?(\w+)>", route)
                }
                routes.append((f"{namespace}{pattern.name}", kwargs))

    for top in get_resolver().url_patterns:
        if isinstance(top, URLResolver) and isinstance(top.pattern, LocalePrefixPattern):
            walk(top.url_patterns, "")
    return routes


ROUTES = _named_routes()


def test_the_routes_are_found():
    names = {name for name, _kwargs in ROUTES}
    assert {"mapping:entries", "activities:registration", "account:login", "reports:compendium"} <= names
    assert {"notifications:unsubscribe", "workpackages:deliverable_file", "practice_feed"} <= names


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name, kwargs", ROUTES, ids=[name for name, _kwargs in ROUTES])
def test_every_segment_is_in_the_pages_language(name, kwargs, language):
    with translation.override("en"):
        english = reverse(name, kwargs=kwargs).strip("/").split("/")[1:]
    with translation.override(language):
        translated = reverse(name, kwargs=kwargs).strip("/").split("/")
    assert translated[0] == language
    arguments = set(kwargs.values())
    for english_word, word in zip(english, translated[1:], strict=True):
        if english_word in arguments or (language, english_word) in SAME_WORD:
            continue
        assert word != english_word, f"{name} in {language}: “{english_word}” is not translated"


pytestmark = pytest.mark.django_db


@pytest.fixture
def addresses(settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    org = OrganisationFactory(country="LV")
    partner = PartnerFactory(organisation=org)
    entry = MappingEntryFactory(user=partner, organisation=org)
    activity = ActivityFactory()
    registration = activity_services.registration_create(activity=activity, data=person()).registration
    return {
        "partner": partner,
        "entry": entry,
        "registration_token": activity_services.registration_token(registration),
        "unsubscribe_token": tokens.unsubscribe_token("someone@example.org", Kind.DIGEST),
    }


def test_old_english_addresses_answer_301_then_as_before(client, addresses):
    entry, registration, unsubscribe = (
        addresses["entry"].pk,
        addresses["registration_token"],
        addresses["unsubscribe_token"],
    )
    cases = [
        # old address, new address, status of the new address (anonymous)
        ("/lv/mapping/entries/", "/lv/kartesana/ieraksti/", 302),
        (f"/es/mapping/entries/{entry}/edit/", f"/es/mapeo/entradas/{entry}/editar/", 302),
        (f"/lv/events/registrations/{registration}/", f"/lv/pasakumi/registracijas/{registration}/", 200),
        (
            f"/sv/events/registrations/{registration}/cancel/",
            f"/sv/evenemang/anmalningar/{registration}/avboka/",
            200,
        ),
        (
            f"/fr/notifications/unsubscribe/{unsubscribe}/",
            f"/fr/notifications/desabonnement/{unsubscribe}/",
            200,
        ),
        ("/lv/account/sign-in/", "/lv/konts/pieteikties/", 200),
        ("/sv/events/calendar-LV.ics", "/sv/evenemang/kalender-LV.ics", 200),
        ("/es/mapping/comparison.csv", "/es/mapeo/comparacion.csv", 200),
    ]
    for old, new, status in cases:
        response = client.get(old)
        assert response.status_code == 301, old
        assert response["Location"] == new
        assert client.get(new).status_code == status, new


def test_a_signed_in_partner_follows_an_old_link_to_the_entry_and_its_file(client, addresses):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from apps.mapping import services

    pdf = b"%PDF-1.4\n1 0 obj<</Type/Catalog>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
    attachment = services.attachment_add(
        entry=addresses["entry"],
        user=addresses["partner"],
        upload=SimpleUploadedFile("plan.pdf", pdf, content_type="application/pdf"),
    )
    client.force_login(addresses["partner"])
    entry = addresses["entry"].pk
    response = client.get(f"/lv/mapping/entries/{entry}/?from=mail", follow=True)
    assert response.redirect_chain == [(f"/lv/kartesana/ieraksti/{entry}/?from=mail", 301)]
    assert response.status_code == 200
    response = client.get(f"/es/mapping/files/{attachment.pk}/", follow=True)
    assert response.redirect_chain == [(f"/es/mapeo/archivos/{attachment.pk}/", 301)]
    assert response.status_code == 200


def test_a_post_to_an_old_address_keeps_its_method(client, addresses):
    token = addresses["unsubscribe_token"]
    response = client.post(f"/lv/notifications/unsubscribe/{token}/")
    assert response.status_code == 308
    assert response["Location"] == f"/lv/pazinojumi/atteikties/{token}/"


def test_english_addresses_and_unknown_paths_are_left_alone(client):
    assert client.get("/en/account/sign-in/").status_code == 200
    assert client.get("/lv/mapping/nothing-here/").status_code == 404
    assert client.get("/lv/no-such-page/").status_code == 404


def test_the_language_links_lead_to_the_same_page_in_each_language(client, addresses):
    client.force_login(addresses["partner"])
    page = client.get("/lv/kartesana/ieraksti/").content.decode()
    for address in ("/sv/kartlaggning/bidrag/", "/es/mapeo/entradas/", "/fr/cartographie/contributions/"):
        assert f'href="{address}"' in page, address


def test_a_url_word_not_marked_where_it_is_written_is_refused():
    """`makemessages` finds only words marked in place; a plain one would silently stay English."""
    with pytest.raises(TypeError, match="entries"):
        route(pgettext_lazy("URL segment", "mapping"), "entries")
    with translation.override("lv"):
        assert str(route(pgettext_lazy("URL segment", "mapping"), "<int:pk>")) == "kartesana/<int:pk>/"
