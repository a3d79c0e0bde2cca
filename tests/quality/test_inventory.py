"""The inventory against the code: every Wagtail page model and every public route has its pages.

A new page model, or a new named route under the language prefix, fails here until it is added to
tests/quality/inventory.py (or, for a route that is not a page, to NOT_PAGES below with why).
"""

from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.http import Http404
from django.test import RequestFactory
from django.urls import URLPattern, URLResolver, get_resolver, resolve
from django.urls.resolvers import LocalePrefixPattern
from django.utils import translation

from wagtail.models import Page, Site

from tests.quality.inventory import LANGUAGE_CODES

# Named routes under the language prefix that are not pages of their own (so no HTML to check).
NOT_PAGES = {
    # Feeds and files, checked by the feeds' and files' tests.
    "practice_feed": "the library's Atom feed",
    "activities:calendar": "the iCalendar feed of every event",
    "activities:country_calendar": "a country's iCalendar feed",
    "mapping:comparison_csv": "the mapping comparison's CSV",
    "mapping:attachment": "a file a partner attached to an entry",
    "reports:compendium_status": "the JSON the compendium page polls",
    "reports:compendium_download": "the compendium's PDF",
    "workpackages:deliverable_file": "a deliverable's file",
    # POST only: a form on another page of the inventory posts there.
    "mapping:entry_submit": "submits an entry for review (partner entry list and page)",
    "mapping:entry_withdraw": "withdraws an entry from review (partner entry page)",
    "api_account:token_revoke": "revokes an API token (the API tokens page posts there)",
    "mapping:attachment_delete": "removes an attached file (partner entry form)",
    "account:logout": "signs out (every signed-in page)",
    "wagtailcore_authenticate_with_password": "a password-protected page's password form posts there",
    # Wagtail's own sign-in for private pages, which nothing links to: WAGTAIL_FRONTEND_LOGIN_URL
    # sends readers of a private page to the portal's sign-in (account:login) instead.
    "wagtailcore_login": "Wagtail's unused front-end sign-in",
    # Wagtail's catch-all: every page model's pages are compared with the models below.
    "wagtail_serve": "the Wagtail pages",
}


def _page_models() -> set[type]:
    """Every concrete Wagtail page model of the portal's own apps."""
    return {
        model
        for model in apps.get_models()
        if issubclass(model, Page) and model is not Page and model.__module__.startswith("apps.")
    }


def _public_route_names() -> set[str]:
    """The names of the routes under the language prefix, with their namespaces."""

    def walk(patterns, namespace):
        for pattern in patterns:
            if isinstance(pattern, URLResolver):
                inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
                yield from walk(pattern.url_patterns, inner)
            elif isinstance(pattern, URLPattern) and pattern.name:
                yield namespace + pattern.name

    names = set()
    for pattern in get_resolver().url_patterns:
        if isinstance(pattern, URLResolver) and isinstance(pattern.pattern, LocalePrefixPattern):
            names |= set(walk(pattern.url_patterns, ""))
    return names


def _route_name(path: str, language: str) -> str:
    with translation.override(language):
        return resolve(urlsplit(path).path).view_name


def _served_model(root: Page, path: str, language: str) -> type | None:
    """The model of the Wagtail page that serves `path`, as Wagtail's own routing finds it."""
    parts = [part for part in urlsplit(path).path.split("/") if part][1:]  # the language prefix dropped
    request = RequestFactory().get(path)
    with translation.override(language):
        try:
            found = root.route(request, parts)
        except Http404:
            return None
    page = found.page if hasattr(found, "page") else found[0]
    return type(page.specific)


def test_every_page_type_is_in_every_language(inventory):
    names = {page.name for page in inventory}
    for name in names:
        languages = sorted(page.language for page in inventory if page.name == name)
        assert languages == sorted(LANGUAGE_CODES), f"{name}: in {languages}"
    assert {language for language, _name in settings.LANGUAGES} == set(LANGUAGE_CODES)
    assert len(set(inventory)) == len(inventory), "an inventory page is listed twice"


def test_every_page_model_has_a_page_in_the_inventory(inventory):
    root = Site.objects.get(is_default_site=True).root_page.specific
    served = {
        _served_model(root, page.path, page.language)
        for page in inventory
        if _route_name(page.path, page.language) == "wagtail_serve" and page.expected_status == 200
    }
    missing = sorted(model._meta.label for model in _page_models() - served)
    assert not missing, f"Page models with no page in tests/quality/inventory.py: {missing}"


def test_every_public_route_is_a_page_of_the_inventory_or_said_not_to_be_one(inventory):
    routes = _public_route_names()
    covered = {_route_name(page.path, page.language) for page in inventory if page.expected_status == 200}
    missing = sorted(routes - covered - set(NOT_PAGES))
    assert not missing, (
        f"Routes with no page in tests/quality/inventory.py (add one, or to NOT_PAGES with why): {missing}"
    )
    stale = sorted(set(NOT_PAGES) - routes)
    assert not stale, f"NOT_PAGES names routes that no longer exist: {stale}"
