import functools
from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

from wagtail.models import Page

from apps.core.i18n import language_in_text as _language_in_text
from apps.core.listings.textsearch import MARK_START, MARK_STOP

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """The current page in each language: for the switcher and the hreflang alternates.

    A Wagtail page has a translated slug per language, so its URL is asked of the page with
    that language active (and kept until a page changes); any other view keeps its path and
    query under the other prefix. The query is the canonical one, the parameters pages declare
    (filters, page): a page kept in the page cache for every visitor must not carry one visitor's
    tracking parameters in its links.
    """
    from apps.core.caching.pages import canonical_query
    from apps.core.caching.versioned import PAGES, cached

    request = context.get("request")
    page = context.get("page")
    current = translation.get_language()
    known = canonical_query(request.GET) if request is not None else None
    query = f"?{known}" if known else ""
    if context.get("missing_page"):
        # The 404 page: the address is missing in every language, so each language's home page.
        urls = {code: f"/{code}/" for code, _name in settings.LANGUAGES}
    elif page is not None and getattr(page, "pk", None):

        def compute():
            urls = {}
            for code, _name in settings.LANGUAGES:
                with translation.override(code):
                    urls[code] = page.get_url(request)
            return urls

        urls = cached(PAGES, "languages", page.pk, compute=compute)
        # A view served on a route below the page (such as an event) names its own part of the path,
        # in words of the language when it is a lazy translation (the library's `nominate/`).
        suffix = context.get("subpage_path", "")
        urls = {code: f"{url}{_in_language(suffix, code)}{query}" for code, url in urls.items()}
    elif request is not None:
        if request.GET.get("next"):
            # The sign-in pages (never cached) still lead where they were asked to after.
            query += ("&" if query else "?") + urlencode({"next": request.GET["next"]})
        urls = {code: translate_url(f"{request.path}{query}", code) for code, _name in settings.LANGUAGES}
    else:
        urls = {code: f"/{code}/" for code, _name in settings.LANGUAGES}
    return [
        {
            "code": code,
            "name": _native_names()[code],
            "url": urls[code],
            "absolute_url": request.build_absolute_uri(urls[code]) if request is not None else urls[code],
            "current": code == current,
        }
        for code, _name in settings.LANGUAGES
    ]


def _in_language(text, code: str) -> str:
    with translation.override(code):
        return str(text)


@functools.cache
def _native_names() -> dict[str, str]:
    return {code: translation.get_language_info(code)["name_local"] for code, _name in settings.LANGUAGES}


@register.simple_tag
def native_language_name(code):
    return translation.get_language_info(code)["name_local"]


@register.simple_tag(takes_context=True)
def hreflang_alternates(context, languages):
    """The head's hreflang alternates, (hreflang, URL), by the sitemap's rule (core.sitemaps.alternates):
    the languages the page is published in (a page says so with published_languages()), then x-default.
    """
    from apps.core.web.sitemaps import alternates

    published = getattr(context.get("page"), "published_languages", None)
    urls = {language["code"]: language["absolute_url"] for language in languages}
    return alternates(urls, published() if published else None)


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The home page and the pages shown in menus below it: cached until a page changes."""
    from wagtail.models import Site

    from apps.core.caching.versioned import PAGES, cached

    request = context.get("request")
    site = Site.find_for_request(request) if request is not None else None
    if site is None:
        return {"home_url": None, "items": []}
    language = translation.get_language()

    def compute():
        home = Page.objects.get(pk=site.root_page_id)
        children = home.get_children().live().public().in_menu().order_by("path")
        return {
            "home_url": home.get_url(request),
            "home_id": home.pk,
            "items": [
                {"title": child.title, "url": child.get_url(request), "path": child.path}
                for child in children
            ],
        }

    menu = cached(PAGES, "menu", site.pk, language, compute=compute)
    current_path = getattr(context.get("page"), "path", "") or ""
    # The cached menu is shared by every request of the process: mark the current item on copies.
    items = [
        {**item, "current": current_path.startswith(item["path"]), "is_page": current_path == item["path"]}
        for item in menu["items"]
    ]
    return {**menu, "items": items}


@register.simple_tag
def csrf_field():
    """The CSRF input with a placeholder the page-cache middleware fills with each visitor's token."""
    from apps.core.caching.pages import CSRF_PLACEHOLDER

    return format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', CSRF_PLACEHOLDER)


@register.simple_tag(takes_context=True)
def breadcrumbs(context):
    """The current page's ancestors below the root, as (title, url), kept until a page changes."""
    from apps.core.caching.versioned import PAGES, cached

    page = context.get("page")
    request = context.get("request")
    if page is None or not getattr(page, "pk", None):
        return []

    def compute():
        ancestors = page.get_ancestors().filter(depth__gt=1).order_by("depth")
        return [
            {"title": ancestor.title, "url": ancestor.get_url(request), "home": ancestor.depth == 2}
            for ancestor in ancestors
        ]

    return cached(PAGES, "breadcrumbs", page.pk, translation.get_language(), compute=compute)


@register.filter
def highlighted(text):
    """Escape the text, then turn the search's match markers into <mark>."""
    escaped = conditional_escape(text or "")
    return mark_safe(escaped.replace(MARK_START, "<mark>").replace(MARK_STOP, "</mark>"))  # noqa: S308


@register.filter
def language_in_text(code):
    """{{ code|language_in_text }}: the language's name as written inside a sentence."""
    return _language_in_text(code)


@register.simple_tag(takes_context=True)
def page_links(context, page, parameter=""):
    """{% page_links page_obj "past_page" as links %}: links.previous and links.next, or None."""
    from django.http import QueryDict

    from apps.core.listings.pagination import page_links as links_of

    request = context.get("request")
    return links_of(request.GET if request is not None else QueryDict(), page, parameter or "page")
