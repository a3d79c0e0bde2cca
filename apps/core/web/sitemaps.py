"""The sitemap: an index of child sitemaps, each a bounded range of pages in every language.

Records that apps serve on routes below an index page (events, strategies, ESF+ projects, hub
items: `RecordRouteMixin`) are listed too, in children of their own (`sitemap-<name>-<n>.xml`):
each app names its public records in its manifest (`sitemap_records`, registered here with
`register_records`): the index page they are served below and the records' keys with their last
change.

A single file cannot hold a large library: the protocol allows 50,000 URLs a file, and building
one with page objects took minutes at 100,000 cases. The index therefore names children by
ranges of page ids (up to the largest id, each range with a live page found by one index
probe, no scan), and each child reads its
pages as plain values: the translated URL paths and the date of the last publish, one indexed
range query, written out as text. Each page appears once in each language it is published in,
with its hreflang alternates and an x-default; `alternates` is the one rule for those, which the
pages' heads follow too. A page model published in some languages only (a case not yet
translated) says which with `published_languages()`, and in bulk with the classmethod
`languages_of(ids)`, registered with `register_page_languages` in its AppConfig.ready.
Both are served under the page cache like any public page.
"""

import math
from collections.abc import Callable
from dataclasses import dataclass
from xml.sax.saxutils import escape, quoteattr

from django.conf import settings
from django.db.models import Max
from django.http import Http404, HttpResponse
from django.views.decorators.http import require_safe

from wagtail.models import Page, Site

from apps.core.caching.http import language_neutral
from apps.core.selectors import live_public

XML = "application/xml; charset=utf-8"
SITEMAP_NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
XHTML_NS = 'xmlns:xhtml="http://www.w3.org/1999/xhtml"'


@dataclass(frozen=True)
class RecordSource:
    """Public records served below a page: index() is that page's model, records() a queryset of
    (key, last change) pairs in a stable order, key being the path segment of a record."""

    index: Callable[[], type[Page]]
    records: Callable[[], object]


RECORD_SOURCES: dict[str, RecordSource] = {}


@dataclass(frozen=True)
class Languages:
    """The languages a page is published in, and the one its x-default alternate names."""

    codes: tuple[str, ...]
    default: str


# Models whose pages are published in some languages only: languages_of(ids) -> {id: Languages}.
PAGE_LANGUAGES: list[Callable[[list[int]], dict[int, Languages]]] = []


def register_page_languages(languages_of: Callable[[list[int]], dict[int, Languages]]) -> None:
    """Let the sitemap ask, for a range of page ids, which of them are in some languages only."""
    PAGE_LANGUAGES.append(languages_of)


def alternates(urls: dict[str, str], languages: Languages | None = None) -> list[tuple[str, str]]:
    """A page's hreflang alternates, (hreflang, URL), from its URL in every language.

    Each language the page is published in (all unless languages says otherwise), then the
    x-default: English, or the language languages names. The sitemap and the pages' heads both
    write these, so that they agree.
    """
    codes = languages.codes if languages else tuple(urls)
    default = languages.default if languages else settings.LANGUAGE_CODE
    return [(code, urls[code]) for code in codes] + [("x-default", urls[default])]


def register_records(name: str, *, index: Callable[[], type[Page]], records: Callable[[], object]) -> None:
    """List an app's public records in the sitemap, below the live page of the model index() gives."""
    RECORD_SOURCES[name] = RecordSource(index=index, records=records)


def _pages_per_file() -> int:
    """Pages a child lists; each page is one URL per language, well within 50,000 a file."""
    return settings.SITEMAP_PAGES_PER_FILE


def _base(request) -> str:
    return f"{request.scheme}://{request.get_host()}"


def _sections(site) -> list[int]:
    """The children that list pages: each range of ids up to the largest that holds a live public
    page (the schema wants at least one URL in a child). One index probe per range."""
    largest = Page.objects.filter(path__startswith=site.root_page.path).aggregate(largest=Max("id"))[
        "largest"
    ]
    size = _pages_per_file()
    pages = live_public(Page.objects).filter(path__startswith=site.root_page.path)
    return [
        section
        for section in range(1, (largest or 0) // size + 2)
        if pages.filter(id__gte=(section - 1) * size, id__lt=section * size).exists()
    ]


def _site(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    return site


@require_safe
@language_neutral
def sitemap_index(request):
    site = _site(request)
    base = _base(request)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f"<sitemapindex {SITEMAP_NS}>"]
    for section in _sections(site):
        lines.append(f"<sitemap><loc>{escape(f'{base}/sitemap-{section}.xml')}</loc></sitemap>")
    for name in RECORD_SOURCES:
        for part in range(1, _record_parts(site, name) + 1):
            lines.append(f"<sitemap><loc>{escape(f'{base}/sitemap-{name}-{part}.xml')}</loc></sitemap>")
    lines.append("</sitemapindex>")
    return HttpResponse("\n".join(lines) + "\n", content_type=XML)


def _language_urls(root_paths: dict[str, str], url_path: str, paths: list) -> dict[str, str]:
    """A page's public path in every language, from its translated url_path columns."""
    default = settings.LANGUAGE_CODE
    by_language = dict(zip(root_paths, paths, strict=True))
    urls = {}
    for code, root_path in root_paths.items():
        path = by_language[code] or by_language[default] or url_path
        prefix = root_path if path.startswith(root_path) else root_paths[default]
        urls[code] = f"/{code}/{path[len(prefix) :]}"
    return urls


def _root_paths(site) -> dict[str, str]:
    root = site.root_page
    return {code: getattr(root, f"url_path_{code}") or root.url_path for code, _name in settings.LANGUAGES}


def _path_columns() -> list[str]:
    return [f"url_path_{code}" for code, _name in settings.LANGUAGES]


def sitemap_entries(site, section: int) -> list[dict]:
    """The live public pages of a section: for each, its path in every language and its last publish."""
    size = _pages_per_file()
    root_paths = _root_paths(site)
    rows = (
        live_public(Page.objects)
        .filter(id__gte=(section - 1) * size, id__lt=section * size, path__startswith=site.root_page.path)
        .order_by("id")
        .values_list("last_published_at", "url_path", *_path_columns(), "id")
    )
    ids = [row[-1] for row in rows]
    languages = {}
    for languages_of in PAGE_LANGUAGES:
        languages.update(languages_of(ids) if ids else {})
    return [
        {
            "urls": _language_urls(root_paths, url_path, paths),
            "lastmod": last_published_at,
            "languages": languages.get(page_id),
        }
        for last_published_at, url_path, *paths, page_id in rows
    ]


def _index_paths(site, name: str) -> dict[str, str] | None:
    """The URL path of the live public index page of a record source, in every language, or None."""
    model = RECORD_SOURCES[name].index()
    row = (
        live_public(model.objects)
        .filter(path__startswith=site.root_page.path)
        .values_list("url_path", *_path_columns())
        .first()
    )
    if row is None:
        return None
    url_path, *paths = row
    return _language_urls(_root_paths(site), url_path, paths)


def _record_parts(site, name: str) -> int:
    """How many children list a source's records: none while its index page is not live, nor while
    there is no record (the schema wants at least one URL in a child)."""
    if _index_paths(site, name) is None:
        return 0
    return math.ceil(RECORD_SOURCES[name].records().count() / _pages_per_file())


def record_entries(site, name: str, part: int) -> list[dict]:
    """The public records of a source's part: for each, its URL in every language and its last change."""
    index = _index_paths(site, name)
    if index is None:
        return []
    size = _pages_per_file()
    records = RECORD_SOURCES[name].records()[(part - 1) * size : part * size]
    return [
        {"urls": {code: f"{path}{key}/" for code, path in index.items()}, "lastmod": lastmod}
        for key, lastmod in records
    ]


def _urlset(request, entries: list[dict]) -> HttpResponse:
    base = _base(request)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f"<urlset {SITEMAP_NS} {XHTML_NS}>"]
    for entry in entries:
        urls = {code: base + path for code, path in entry["urls"].items()}
        links = alternates(urls, entry.get("languages"))
        written = "".join(
            f'<xhtml:link rel="alternate" hreflang="{code}" href={quoteattr(url)}/>' for code, url in links
        )
        lastmod = f"<lastmod>{_date(entry['lastmod'])}</lastmod>" if entry["lastmod"] else ""
        # A page is listed in the languages it is published in: those are its alternates but x-default.
        for _code, url in links[:-1]:
            lines.append(f"<url><loc>{escape(url)}</loc>{lastmod}{written}</url>")
    lines.append("</urlset>")
    return HttpResponse("\n".join(lines) + "\n", content_type=XML)


def _date(value) -> str:
    return (value.date() if hasattr(value, "date") else value).isoformat()


@require_safe
@language_neutral
def sitemap_section(request, section: int):
    site = _site(request)
    entries = sitemap_entries(site, section) if section >= 1 else []
    if not entries:
        raise Http404
    return _urlset(request, entries)


@require_safe
@language_neutral
def sitemap_records(request, name: str, part: int):
    site = _site(request)
    if name not in RECORD_SOURCES or part < 1 or part > _record_parts(site, name):
        raise Http404
    return _urlset(request, record_entries(site, name, part))


@require_safe
@language_neutral
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        f"Sitemap: {_base(request)}/sitemap.xml",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
