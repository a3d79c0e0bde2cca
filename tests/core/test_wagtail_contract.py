"""What the caching and routing layer relies on in Wagtail, wagtail-modeltranslation and Django.

apps/core reaches into a few internals of its frameworks to be fast: a private site lookup and
the attribute Wagtail caches the site in, the page classes' `route` method, the order of the
page-serving hooks and Django's CSRF token functions. An upgrade that changes one of them
would not break a page; it would quietly make pages slow again, or cache what must not be.
Each test here names one such assumption and fails when it no longer holds.
"""

import pytest

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import connection
from django.http import Http404, HttpResponse
from django.middleware.csrf import CsrfViewMiddleware
from django.template import engines
from django.test import Client, RequestFactory
from django.test.utils import CaptureQueriesContext
from django.utils import translation

from wagtail import hooks
from wagtail.models import Page, PageViewRestriction, Site

from apps.core.caching.pages import CSRF_PLACEHOLDER, AnonymousPageCacheMiddleware
from apps.core.wagtail_hooks import keep_restricted_pages_out_of_the_cache
from apps.core.web.routing import (
    CachedRestrictionsMixin,
    ChildBySlugMixin,
    RecordRouteMixin,
    WagtailSiteMiddleware,
)
from apps.practices.models import PracticePage
from tests.helpers import csrf_token, url_in

pytestmark = pytest.mark.django_db


def ok(request):
    return HttpResponse("ok")


# The site: WagtailSiteMiddleware calls Site._find_for_request and sets request._wagtail_site.


def test_wagtail_takes_the_site_from_the_attribute_the_middleware_sets(django_assert_num_queries):
    request = RequestFactory().get("/en/")
    remembered = Site(hostname="remembered.example", port=80)
    request._wagtail_site = remembered
    with django_assert_num_queries(0):
        assert Site.find_for_request(request) is remembered


def test_the_private_lookup_is_the_one_wagtail_itself_uses(monkeypatch):
    default = Site.objects.get(is_default_site=True)
    request = RequestFactory().get("/en/")
    assert Site._find_for_request(request) == default

    calls = []
    monkeypatch.setattr(Site, "_find_for_request", staticmethod(lambda request: calls.append(1) or default))
    assert Site.find_for_request(request) == default
    assert Site.find_for_request(request) == default
    assert calls == [1], "Wagtail looks the site up with _find_for_request, once per request"
    assert request._wagtail_site == default


def test_the_middleware_looks_the_site_up_once_per_process(django_assert_num_queries):
    middleware = WagtailSiteMiddleware(ok)
    first = RequestFactory().get("/en/")
    middleware(first)
    assert first._wagtail_site == Site.objects.get(is_default_site=True)

    later = RequestFactory().get("/sv/")
    with django_assert_num_queries(0):
        middleware(later)
        assert Site.find_for_request(later) is first._wagtail_site
        assert later._wagtail_site.root_page.specific.pk == first._wagtail_site.root_page_id


def test_a_warm_page_asks_the_database_nothing_about_sites(client, case):
    url = url_in(case, "en")
    client.get(url)
    with CaptureQueriesContext(connection) as captured:
        assert client.get(url).status_code == 200
    assert [query["sql"] for query in captured if "wagtailcore_site" in query["sql"]] == []


# Routing: apps.py puts ChildBySlugMixin.route back on the page classes that
# wagtail-modeltranslation gave its own route, which loads every child to compare slugs.


def test_every_page_class_of_the_indexed_lookup_routes_with_it():
    routed = [model for model in apps.get_models() if issubclass(model, ChildBySlugMixin)]
    assert {model.__name__ for model in routed} >= {"HomePage", "StandardPage", "PracticeIndexPage"}
    for model in routed:
        assert model.route is ChildBySlugMixin.route, model


def test_every_page_class_that_serves_records_below_itself_routes_with_the_mixin():
    routed = [model for model in apps.get_models() if issubclass(model, RecordRouteMixin)]
    assert {model.__name__ for model in routed} >= {
        "ActivityIndexPage",
        "StrategyIndexPage",
        "EsfRegisterPage",
    }
    for model in routed:
        assert model.route is RecordRouteMixin.route, model


def test_wagtail_modeltranslation_still_replaces_route_on_translated_pages():
    """Why apps.py re-attaches our route: when this fails, check whether it still has to."""
    for model in (PracticePage, Page):
        assert model.route.__module__.startswith("wagtail_modeltranslation"), model


@pytest.mark.parametrize("language", ["en", "sv"])
def test_routing_a_case_costs_a_query_per_level_then_one(case, language, django_assert_num_queries):
    home = Site.objects.get(is_default_site=True).root_page.specific
    path = url_in(case, language).strip("/").split("/")[1:]
    assert len(path) == 2
    ContentType.objects.get_for_model(PracticePage)  # Django keeps content types in memory
    request = RequestFactory().get(url_in(case, language))
    with translation.override(language):
        # Cold: one indexed query per level of the path, then the page itself.
        with django_assert_num_queries(len(path) + 1):
            routed = home.route(request, path)
        assert routed.page.pk == case.pk
        # Warm: which page the path names is remembered; only the page is read.
        with django_assert_num_queries(1):
            assert home.route(request, path).page.pk == case.pk


def test_routing_a_record_below_its_page_remembers_the_page_not_the_record(django_assert_num_queries):
    """A record's path is not kept (junk below a page would fill the cache), the path to its page is."""
    from apps.projects.models import EsfProject, EsfRegisterPage
    from tests.projects.factories import EsfProjectFactory

    EsfProject.objects.filter(diary_number="22-018-S01").update(is_public=True)
    other = EsfProjectFactory(diary_number="77-001-S01", is_public=True)
    home = Site.objects.get(is_default_site=True).root_page.specific
    ContentType.objects.get_for_model(EsfRegisterPage)
    request = RequestFactory().get("/en/esf-register/22-018-s01/")
    with translation.override("en"):
        routed = home.route(request, ["esf-register", "22-018-s01"])
        assert routed.page.specific_class is EsfRegisterPage
        assert routed.args[0].diary_number == "22-018-S01"
        # Another record below the same page: no lookup of the page by its slug, only the page
        # itself and the record (the record is kept under the pages' version after its first read).
        with django_assert_num_queries(1 + 5):
            routed = home.route(request, ["esf-register", other.diary_number.lower()])
        assert routed.args[0].pk == other.pk
        with pytest.raises(Http404):
            home.route(request, ["esf-register", "no-such-project"]).page.serve(request)


# Serving: the page cache's before_serve_page hook marks a restricted page's request before
# Wagtail's own view-restriction check answers it.


def hook_names(name):
    return [f"{hook.__module__}.{hook.__name__}" for hook in hooks.get_hooks(name)]


def test_the_page_cache_hook_runs_first_before_a_page_is_served():
    assert hooks.get_hooks("before_serve_page")[0] is keep_restricted_pages_out_of_the_cache


def test_wagtail_checks_view_restrictions_after_every_before_serve_hook():
    """wagtail.views.serve runs all before_serve_page hooks, then the on_serve_page chain."""
    check = "wagtail.wagtail_hooks.check_view_restrictions"
    assert check in hook_names("on_serve_page"), (
        hook_names("on_serve_page"),
        hook_names("before_serve_page"),
    )
    assert check not in hook_names("before_serve_page")


def test_a_restricted_page_is_marked_forbidden_before_wagtail_answers_for_it(
    client, case, page_cache, monkeypatch, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(
            page=case, restriction_type=PageViewRestriction.PASSWORD, password="open sesame"
        )
    marked_when_answered = []
    password_page = PracticePage.serve_password_required_response

    def answer(page, request, form, action_url):
        marked_when_answered.append(getattr(request, "page_cache_forbidden", False))
        return password_page(page, request, form, action_url)

    monkeypatch.setattr(PracticePage, "serve_password_required_response", answer)
    for _ in range(2):
        response = client.get(url_in(case, "en"))
        assert response.status_code == 200
        assert response.get("X-Page-Cache") is None
    assert marked_when_answered == [True, True]


def test_the_hook_marks_only_restricted_pages(case, django_capture_on_commit_callbacks):
    public = RequestFactory().get("/")
    keep_restricted_pages_out_of_the_cache(case, public, [], {})
    assert not getattr(public, "page_cache_forbidden", False)
    with django_capture_on_commit_callbacks(execute=True):
        PageViewRestriction.objects.create(page=case, restriction_type=PageViewRestriction.LOGIN)
    restricted = RequestFactory().get("/")
    keep_restricted_pages_out_of_the_cache(case, restricted, [], {})
    assert restricted.page_cache_forbidden is True


# Privacy: Wagtail's check calls page.get_view_restrictions(), which every page class answers
# from the cached restricted paths while nothing restricts the page.


def test_every_page_class_answers_wagtails_privacy_check_from_the_cache():
    pages = [model for model in apps.get_models() if issubclass(model, Page) and model is not Page]
    assert pages
    for model in pages:
        assert issubclass(model, CachedRestrictionsMixin), model


def test_a_public_page_has_no_restrictions_and_asks_the_database_nothing(
    client, case, django_assert_num_queries
):
    client.get(url_in(case, "en"))
    with django_assert_num_queries(0):
        assert list(case.get_view_restrictions()) == []


def test_a_restriction_on_an_ancestor_still_reaches_wagtails_check(
    client, case, django_capture_on_commit_callbacks
):
    index = case.get_parent()
    with django_capture_on_commit_callbacks(execute=True):
        restriction = PageViewRestriction.objects.create(
            page=index, restriction_type=PageViewRestriction.PASSWORD, password="open sesame"
        )
    assert list(case.get_view_restrictions()) == [restriction]
    response = client.get(url_in(case, "en"))
    assert response.status_code == 200
    assert 'name="password"' in response.content.decode()
    assert case.title not in response.content.decode()


# CSRF: forms render a placeholder; the page cache puts Django's get_token() in its place.


def test_the_csrf_field_renders_the_placeholder_not_a_token():
    html = engines["django"].from_string("{% load portal_tags %}{% csrf_field %}").render({})
    assert csrf_token(html) == CSRF_PLACEHOLDER


def test_the_placeholder_becomes_a_token_django_accepts_with_the_cookie_it_sets():
    form = engines["django"].from_string("{% load portal_tags %}<form>{% csrf_field %}</form>").render({})
    middleware = AnonymousPageCacheMiddleware(lambda request: HttpResponse(form, content_type="text/html"))
    response = middleware(RequestFactory().get("/en/"))
    token = csrf_token(response)
    assert token != CSRF_PLACEHOLDER and CSRF_PLACEHOLDER not in response.content.decode()
    assert response["Content-Length"] == str(len(response.content))
    assert "private" in response["Cache-Control"]

    cookie = response.cookies[settings.CSRF_COOKIE_NAME].value
    csrf = CsrfViewMiddleware(ok)
    sent = RequestFactory().post("/en/", {"csrfmiddlewaretoken": token})
    sent.COOKIES[settings.CSRF_COOKIE_NAME] = cookie
    csrf.process_request(sent)
    assert csrf.process_view(sent, ok, (), {}) is None, "Django refused the token the page carried"

    forged = RequestFactory().post("/en/", {"csrfmiddlewaretoken": token})
    forged.COOKIES[settings.CSRF_COOKIE_NAME] = "x" * len(cookie)
    csrf.process_request(forged)
    assert csrf.process_view(forged, ok, (), {}).status_code == 403


def test_a_cached_page_carries_a_token_for_the_readers_own_cookie(case, page_cache):
    url = url_in(case, "en")
    reader = Client(enforce_csrf_checks=True)
    first = reader.get(url)
    assert first["X-Page-Cache"] == "miss"
    cookie = reader.cookies[settings.CSRF_COOKIE_NAME].value
    hit = reader.get(url)
    assert hit["X-Page-Cache"] == "hit"
    assert reader.cookies[settings.CSRF_COOKIE_NAME].value == cookie, "the reader's cookie was replaced"
    answer = reader.post(
        url,
        {
            "name": "Karin",
            "email": "karin@example.se",
            "message": "Vi vill starta ett liknande kök i Göteborgs hamn.",
            "csrfmiddlewaretoken": csrf_token(hit),
        },
        REMOTE_ADDR="10.8.8.8",
    )
    assert answer.status_code == 302


def test_the_cached_menu_is_not_changed_by_the_page_that_shows_it(client):
    from apps.core.caching.versioned import PAGES, versioned_key

    client.get("/en/about/")
    client.get("/en/")
    cached = [value for key, value in _local_items() if key.startswith(versioned_key(PAGES, "menu"))]
    assert cached and all("current" not in item for menu in cached for item in menu["items"])


def _local_items():
    from apps.core.caching import versioned as cache

    with cache._local_lock:
        return [(key, value[0]) for key, value in cache._local.items()]
