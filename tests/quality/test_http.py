"""HTTP, checked on every public route: HEAD like GET, validators and conditional requests, and the
language headers.

`test_head_answers_like_get_on_every_public_route` walks the URL resolver and asks every route
that answers GET, with arguments from the loaded content (every page type and every kind of record
served below a page, in all five languages), over a real connection to the portal: HEAD must get
the status and headers of GET and no body (RFC 9110, 9.3.2). A route the walk finds that is
neither given addresses here nor listed as not public fails the test, so a new route cannot be
forgotten.

The other tests ask with the page cache on, as in production: what a reader's browser and caches
on the way may keep (`Cache-Control`), the validators (`ETag`, a feed's `Last-Modified`) and the
304 answer to a conditional GET or HEAD, on fresh and cached answers alike.
"""

import socket
from urllib.parse import urlsplit

import pytest

from django.conf import settings
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver
from django.utils import translation

from wagtail.documents import get_document_model
from wagtail.models import Page, Site

from apps.core.web.sitemaps import RECORD_SOURCES, _sections, record_entries
from apps.practices.models import PracticePage
from apps.reports.models import ReportRequest
from apps.vocabulary.models import COUNTRIES
from apps.workpackages.models import Deliverable
from tests.helpers import url_in
from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db

LANGUAGES = [code for code, _name in settings.LANGUAGES]

# Routes that are not public GET resources: only the admin's own, and form posts.
NOT_PUBLIC = {
    "admin/": "the Wagtail admin, for staff",
    "django-admin/": "Django's admin, for superusers",
}

# Headers that may differ between two answers to the same question: the time of the answer.
TIME_HEADERS = {"date", "expires"}
# The connection's own, which the server chooses (it closes one whose length it does not know).
HOP_HEADERS = {"connection", "server"}


def _routes(resolver=None, prefix=""):
    """(pattern, name) of every route, the nested ones with their prefix."""
    resolver = resolver or get_resolver()
    for pattern in resolver.url_patterns:
        text = prefix + str(pattern.pattern)
        if isinstance(pattern, URLResolver):
            yield from _routes(pattern, text)
        elif isinstance(pattern, URLPattern):
            yield text, pattern.name


def _in_languages(name_to_path):
    return [name_to_path(code) for code in LANGUAGES]


def _translated(code, path_of):
    with translation.override(code):
        return path_of()


def _reverse(name, *args):
    from django.urls import reverse

    return lambda code: _translated(code, lambda: reverse(name, args=args))


def _page_addresses():
    """One live public page of each page type, and one record of each kind served below a page."""
    site = Site.objects.get(is_default_site=True)
    seen, pages = set(), []
    for page in Page.objects.live().public().order_by("path").specific():
        if type(page) not in seen:
            seen.add(type(page))
            pages.append(page)
    addresses = [url_in(page, code) for page in pages for code in LANGUAGES]
    for name in RECORD_SOURCES:
        for entry in record_entries(site, name, 1)[:1]:
            addresses += [urlsplit(url).path for url in entry["urls"].values()]
    return addresses


def _addresses():
    """The addresses asked for each route, by the route's name."""
    site = Site.objects.get(is_default_site=True)
    country = COUNTRIES[0][0].lower()
    document = get_document_model().objects.order_by("pk").first()
    deliverable = Deliverable.objects.filter(is_public=True).exclude(file="").order_by("pk").first()
    report = ReportRequest.objects.filter(is_public=True).exclude(file="").order_by("pk").first()
    compendium = (report.parameters.get("country") or country).lower() if report else country
    per_language = {
        "home": _reverse("account:home"),
        "login": _reverse("account:login"),
        "logout": _reverse("account:logout"),
        "password_change": _reverse("account:password_change"),
        "password_change_done": _reverse("account:password_change_done"),
        "password_reset": _reverse("account:password_reset"),
        "password_reset_done": _reverse("account:password_reset_done"),
        "password_reset_confirm": _reverse("account:password_reset_confirm", "MQ", "set-password"),
        "password_reset_complete": _reverse("account:password_reset_complete"),
        "practice_feed": _reverse("practice_feed"),
        "nomination_confirm": _reverse("nomination_confirm", "no-such-token"),
        "entries": _reverse("mapping:entries"),
        "entry_create": _reverse("mapping:entry_create", "country"),
        "entry": _reverse("mapping:entry", 1),
        "entry_edit": _reverse("mapping:entry_edit", 1),
        "entry_submit": _reverse("mapping:entry_submit", 1),
        "attachment": _reverse("mapping:attachment", 1),
        "attachment_delete": _reverse("mapping:attachment_delete", 1),
        "comparison_csv": _reverse("mapping:comparison_csv"),
        "calendar": _reverse("activities:calendar"),
        "country_calendar": _reverse("activities:country_calendar", country),
        "registration": _reverse("activities:registration", "no-such-token"),
        "cancel": _reverse("activities:cancel", "no-such-token"),
        "deliverable_file": _reverse("workpackages:deliverable_file", deliverable.pk if deliverable else 1),
        "compendium": _reverse("reports:compendium", compendium),
        "compendium_status": _reverse("reports:compendium_status", compendium),
        "compendium_download": _reverse("reports:compendium_download", compendium),
        "subscribe": _reverse("notifications:subscribe"),
        "subscribed": _reverse("notifications:subscribed"),
        "confirm": _reverse("notifications:confirm", "no-such-token"),
        "unsubscribe": _reverse("notifications:unsubscribe", "no-such-token"),
        "preferences": _reverse("notifications:preferences"),
        "entry_withdraw": _reverse("mapping:entry_withdraw", 1),
        "tokens": _reverse("api_account:tokens"),
        "token_revoke": _reverse("api_account:token_revoke", 1),
        "wagtailcore_authenticate_with_password": lambda code: (
            f"/{code}/_util/authenticate_with_password/1/1/"
        ),
        "wagtailcore_login": lambda code: f"/{code}/_util/login/",
    }
    addresses = {name: _in_languages(path_of) for name, path_of in per_language.items()}
    sections = _sections(site)
    addresses.update(
        {
            "healthz": ["/healthz"],
            "request_too_large": ["/request-too-large/"],
            "wagtaildocs_serve": [document.url if document else "/documents/1/missing.pdf"],
            "wagtaildocs_authenticate_with_password": ["/documents/authenticate_with_password/1/"],
            "sitemap": ["/sitemap.xml"],
            # Every child that lists pages, and the one past the last, which is missing.
            "sitemap_section": [
                f"/sitemap-{section}.xml" for section in [*sections, max(sections, default=0) + 1]
            ],
            "sitemap_records": [f"/sitemap-{name}-1.xml" for name in RECORD_SOURCES],
            "robots_txt": ["/robots.txt"],
            "favicon": ["/favicon.ico"],
            "set_language": ["/i18n/setlang/"],
            # The open-data files (a known one and an unknown one) and their descriptions.
            "file": [
                "/api/v1/data/cases.en.csv",
                "/api/v1/data/events.sv.jsonl",
                "/api/v1/data/nothing.en.csv",
            ],
            "file_by_query": ["/api/v1/data/mapping.csv?lang=fr"],
            "datapackage": ["/api/v1/datapackage.json"],
            "catalogue": ["/api/v1/catalog.jsonld"],
            **API_ADDRESSES,
            "wagtail_serve": [*_page_addresses(), *(f"/{code}/no-such-page/" for code in LANGUAGES)],
        }
    )
    return addresses


# The REST API: each list and a record of each (or an unknown one), in a language; the partners'
# and staff's endpoints answer an anonymous client 401.
API_ADDRESSES = {
    "api_schema": ["/api/v1/schema/"],
    "api_docs": ["/api/v1/docs/"],
    "api_redoc": ["/api/v1/redoc/"],
    "practice-list": ["/api/v1/practices/?country=SE&lang=sv"],
    "practice-detail": ["/api/v1/practices/coompanion-sweden/", "/api/v1/practices/no-such-case/"],
    "country-list": ["/api/v1/countries/?lang=lv"],
    "element-list": ["/api/v1/elements/"],
    "element-detail": ["/api/v1/elements/4/"],
    "approach-list": ["/api/v1/approaches/"],
    "approach-detail": ["/api/v1/approaches/4.5/"],
    "support-area-list": ["/api/v1/support-areas/"],
    "support-area-detail": ["/api/v1/support-areas/scaling/"],
    "theme-list": ["/api/v1/themes/"],
    "theme-detail": ["/api/v1/themes/no-such-theme/"],
    "target-group-list": ["/api/v1/target-groups/"],
    "target-group-detail": ["/api/v1/target-groups/no-such-group/"],
    "organisation-list": ["/api/v1/organisations/?lang=es"],
    "organisation-detail": ["/api/v1/organisations/no-such-organisation/"],
    "consortium-list": ["/api/v1/consortium/"],
    "consortium-detail": ["/api/v1/consortium/BuiCaSuS/"],
    "work-package-list": ["/api/v1/work-packages/"],
    "work-package-detail": ["/api/v1/work-packages/3/"],
    "pilot-list": ["/api/v1/pilots/"],
    "pilot-detail": ["/api/v1/pilots/lv/"],
    "event-list": ["/api/v1/events/?lang=fr"],
    "event-detail": ["/api/v1/events/no-such-event/"],
    "strategy-list": ["/api/v1/strategies/"],
    "strategy-detail": ["/api/v1/strategies/se/"],
    "mapping-entry-list": ["/api/v1/mapping/entries/"],
    "mapping-entry-detail": ["/api/v1/mapping/entries/1/"],
    "mapping-comparison-list": ["/api/v1/mapping/comparison/"],
    "project-list": ["/api/v1/projects/?search=22-018-S01"],
    "project-detail": ["/api/v1/projects/22-018-S01/"],
    "support-offering-list": ["/api/v1/support-offerings/"],
    "support-offering-detail": ["/api/v1/support-offerings/1/"],
    "hub-item-list": ["/api/v1/hub-items/"],
    "hub-item-detail": ["/api/v1/hub-items/no-such-tool/"],
    "entry-list": ["/api/v1/partner/entries/"],
    "entry-detail": ["/api/v1/partner/entries/1/"],
    "entry-submit": ["/api/v1/partner/entries/1/submit/"],
    "entry-withdraw": ["/api/v1/partner/entries/1/withdraw/"],
    "criteria": ["/api/v1/partner/criteria/"],
    "attachment-list": ["/api/v1/partner/entries/1/attachments/"],
    "attachment-detail": ["/api/v1/partner/entries/1/attachments/1/"],
    "attachment-download": ["/api/v1/partner/entries/1/attachments/1/download/"],
    "report-list": ["/api/v1/staff/reports/"],
    "report-detail": ["/api/v1/staff/reports/1/"],
    "report-download": ["/api/v1/staff/reports/1/download/"],
}


class Answer:
    def __init__(self, raw: bytes):
        head, _, self.body = raw.partition(b"\r\n\r\n")
        status_line, *lines = head.decode("latin-1").split("\r\n")
        self.status = int(status_line.split()[1])
        self.headers: dict[str, list[str]] = {}
        for line in lines:
            name, _, value = line.partition(":")
            self.headers.setdefault(name.strip().lower(), []).append(value.strip())

    def comparable_headers(self, left_out=frozenset()) -> dict:
        """The headers, with the moment of the answer and the values of new cookies left out."""
        left_out = TIME_HEADERS | HOP_HEADERS | left_out
        headers = {name: values for name, values in self.headers.items() if name not in left_out}
        if "set-cookie" in headers:
            headers["set-cookie"] = sorted(value.split("=", 1)[0] for value in headers["set-cookie"])
        return {**headers, "time headers": sorted(TIME_HEADERS & set(self.headers))}


def _headers_of(get: Answer, head: Answer) -> tuple[dict, dict]:
    """The headers of GET and HEAD to compare. HEAD may leave out a Content-Length (RFC 9110,
    9.3.2), as Django's server does for an empty body; one it sends must be GET's."""
    left_out = frozenset() if "content-length" in head.headers else frozenset({"content-length"})
    return get.comparable_headers(left_out), head.comparable_headers(left_out)


def _exchange(base: str, method: str, path: str) -> Answer:
    """One request on its own connection, read to its end: what the portal sends on the wire."""
    address = urlsplit(base)
    with socket.create_connection((address.hostname, address.port), timeout=60) as connection:
        request = f"{method} {path} HTTP/1.1\r\nHost: {address.netloc}\r\nConnection: close\r\n\r\n"
        connection.sendall(request.encode("utf-8"))
        raw = b""
        while chunk := connection.recv(65536):
            raw += chunk
    return Answer(raw)


def test_head_answers_like_get_on_every_public_route(portal_url):
    addresses = _addresses()
    routes = list(_routes())
    forgotten = [
        (pattern, name)
        for pattern, name in routes
        if name not in addresses and not pattern.startswith(tuple(NOT_PUBLIC))
    ]
    assert not forgotten, (
        f"routes with no address to ask (give them one, or list them in NOT_PUBLIC): {forgotten}"
    )

    failures = []
    for name, paths in addresses.items():
        for path in paths:
            get = _exchange(portal_url, "GET", path)
            head = _exchange(portal_url, "HEAD", path)
            if get.status >= 500:
                failures.append(f"{name} {path}: GET answers {get.status}")
            if head.status != get.status:
                failures.append(f"{name} {path}: HEAD answers {head.status}, GET {get.status}")
            elif (headers := _headers_of(get, head))[0] != headers[1]:
                failures.append(f"{name} {path}: headers differ\n  GET  {headers[0]}\n  HEAD {headers[1]}")
            if head.body:
                failures.append(f"{name} {path}: HEAD has a body of {len(head.body)} bytes")
    assert not failures, "\n".join(failures)


# What a reader gets with the page cache on: pages, feeds, sitemaps and files, fresh and cached.
PUBLIC_RESOURCES = {
    "page": lambda: url_in(Site.objects.get(is_default_site=True).root_page, "sv"),
    "library listing": lambda: "/en/best-practices/?country=SE",
    "atom feed": lambda: _reverse("practice_feed")("fr"),
    "icalendar feed": lambda: _reverse("activities:calendar")("lv"),
    "country icalendar feed": lambda: _reverse("activities:country_calendar", "se")("es"),
    "comparison csv": lambda: _reverse("mapping:comparison_csv")("en"),
    "sitemap index": lambda: "/sitemap.xml",
    "sitemap": lambda: "/sitemap-1.xml",
    "records sitemap": lambda: f"/sitemap-{next(iter(RECORD_SOURCES))}-1.xml",
    "robots.txt": lambda: "/robots.txt",
    "api list": lambda: "/api/v1/practices/?country=SE&lang=sv",
    "api record": lambda: "/api/v1/approaches/4.5/",
}


@pytest.mark.parametrize("kind", PUBLIC_RESOURCES)
def test_public_answers_carry_validators_and_answer_conditional_requests(kind, page_cache):
    path = PUBLIC_RESOURCES[kind]()
    reader = Client()
    first = reader.get(path)
    assert first.status_code == 200, path
    cache_control = {part.strip() for part in first["Cache-Control"].split(",")}
    assert cache_control == {"public", f"max-age={settings.PAGE_CACHE_SECONDS}"}, (path, cache_control)
    etag = first["ETag"]

    again = Client().get(path)
    # A cached answer keeps the headers and validators of the fresh one.
    for header in ("Cache-Control", "ETag", "Last-Modified", "Content-Type", "Content-Length"):
        assert again.get(header) == first.get(header), (path, header)

    for method in (reader.get, reader.head):
        unchanged = method(path, headers={"if-none-match": etag})
        assert unchanged.status_code == 304, (path, method)
        assert unchanged.content == b""
        assert unchanged["ETag"] == etag
        assert "public" in unchanged["Cache-Control"]
    assert reader.get(path, headers={"if-none-match": '"something-else"'}).status_code == 200


def test_the_atom_feed_keeps_its_last_modified_when_cached(page_cache):
    path = _reverse("practice_feed")("en")
    fresh, cached = Client().get(path), Client().get(path)
    assert (fresh["X-Page-Cache"], cached["X-Page-Cache"]) == ("miss", "hit")
    assert cached["Last-Modified"] == fresh["Last-Modified"]
    unchanged = Client().get(path, headers={"if-modified-since": cached["Last-Modified"]})
    assert unchanged.status_code == 304


@pytest.mark.parametrize("path", ["/robots.txt", "/sitemap.xml", "/sitemap-1.xml", "/sitemap-events-1.xml"])
def test_robots_and_sitemaps_name_no_language(path, page_cache):
    """Their bodies are the same for every reader: no Content-Language, no Vary on the reader's."""
    answers = [Client().get(path, headers={"accept-language": code}) for code in ("sv", "lv", "en")]
    for answer in answers:
        assert answer.status_code == 200
        assert not answer.has_header("Content-Language"), path
        assert "accept-language" not in answer.get("Vary", "").lower(), path
    assert len({answer.content for answer in answers}) == 1


def test_a_signed_in_partners_pages_are_private_and_never_stored(client):
    case = PracticePage.objects.live().public().order_by("pk").first()
    client.force_login(UserFactory())
    for path in ("/en/", url_in(case, "en"), _reverse("activities:calendar")("en")):
        answer = client.get(path)
        assert answer.status_code == 200
        assert {"private", "no-store"} <= {part.strip() for part in answer["Cache-Control"].split(",")}, path
        assert not answer.has_header("ETag")


def test_a_page_with_a_visitors_form_token_is_not_stored(page_cache):
    """A case page offers the replication form: the page carries the visitor's CSRF token."""
    case = PracticePage.objects.live().public().order_by("pk").first()
    for reader in (Client(), Client()):
        answer = reader.get(url_in(case, "en"))
        assert {"private", "no-store"} <= {part.strip() for part in answer["Cache-Control"].split(",")}
        assert not answer.has_header("ETag")
