"""The sitemap: an index of child sitemaps, each a bounded range of pages in every language.

A single file cannot hold a large library: the protocol allows 50,000 URLs a file, and building
one with page objects took minutes at 100,000 cases. The index therefore names children by
ranges of page ids (found from the largest id alone, with no scan), and each child reads its
pages as plain values: the translated URL paths and the date of the last publish, one indexed
range query, written out as text. Each page appears once in each language, with its hreflang
alternates and an x-default. Both are served under the page cache like any public page.
"""

from xml.sax.saxutils import escape, quoteattr

from django.conf import settings
from django.db.models import Max
from django.http import Http404, HttpResponse
from django.views.decorators.http import require_GET

from wagtail.models import Page, Site

from .selectors import live_public

XML = "application/xml; charset=utf-8"
SITEMAP_NS = 'xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"'
XHTML_NS = 'xmlns:xhtml="http://www.w3.org/1999/xhtml"'


def _pages_per_file() -> int:
    """Pages a child lists; each page is one URL per language, well within 50,000 a file."""
    return settings.SITEMAP_PAGES_PER_FILE


def _base(request) -> str:
    return f"{request.scheme}://{request.get_host()}"


def _sections(site) -> int:
    largest = Page.objects.filter(path__startswith=site.root_page.path).aggregate(largest=Max("id"))[
        "largest"
    ]
    return (largest or 0) // _pages_per_file() + 1


def _site(request):
    site = Site.find_for_request(request)
    if site is None:
        raise Http404
    return site


@require_GET
def sitemap_index(request):
    site = _site(request)
    base = _base(request)
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f"<sitemapindex {SITEMAP_NS}>"]
    for section in range(1, _sections(site) + 1):
        lines.append(f"<sitemap><loc>{escape(f'{base}/sitemap-{section}.xml')}</loc></sitemap>")
    lines.append("</sitemapindex>")
    return HttpResponse("\n".join(lines) + "\n", content_type=XML)


def sitemap_entries(site, section: int) -> list[dict]:
    """The live public pages of a section: for each, its path in every language and its last publish."""
    languages = [code for code, _name in settings.LANGUAGES]
    default = settings.LANGUAGE_CODE
    size = _pages_per_file()
    root = site.root_page
    root_paths = {code: getattr(root, f"url_path_{code}") or root.url_path for code in languages}
    columns = [f"url_path_{code}" for code in languages]
    rows = (
        live_public(Page.objects)
        .filter(id__gte=(section - 1) * size, id__lt=section * size, path__startswith=root.path)
        .order_by("id")
        .values_list("last_published_at", "url_path", *columns)
    )
    entries = []
    for last_published_at, url_path, *paths in rows:
        by_language = dict(zip(languages, paths, strict=True))
        urls = {}
        for code in languages:
            path = by_language[code] or by_language[default] or url_path
            prefix = root_paths[code] if path.startswith(root_paths[code]) else root_paths[default]
            urls[code] = f"/{code}/{path[len(prefix) :]}"
        entries.append({"urls": urls, "lastmod": last_published_at})
    return entries


@require_GET
def sitemap_section(request, section: int):
    site = _site(request)
    if section < 1 or section > _sections(site):
        raise Http404
    base = _base(request)
    default = settings.LANGUAGE_CODE
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', f"<urlset {SITEMAP_NS} {XHTML_NS}>"]
    for entry in sitemap_entries(site, section):
        urls = {code: base + path for code, path in entry["urls"].items()}
        alternates = "".join(
            f'<xhtml:link rel="alternate" hreflang="{code}" href={quoteattr(url)}/>'
            for code, url in urls.items()
        )
        alternates += f'<xhtml:link rel="alternate" hreflang="x-default" href={quoteattr(urls[default])}/>'
        lastmod = f"<lastmod>{entry['lastmod'].date().isoformat()}</lastmod>" if entry["lastmod"] else ""
        for url in urls.values():
            lines.append(f"<url><loc>{escape(url)}</loc>{lastmod}{alternates}</url>")
    lines.append("</urlset>")
    return HttpResponse("\n".join(lines) + "\n", content_type=XML)


@require_GET
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /django-admin/",
        f"Sitemap: {_base(request)}/sitemap.xml",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")
