from django import template
from django.conf import settings
from django.urls import translate_url
from django.utils import translation
from django.utils.html import format_html

from wagtail.models import Page

register = template.Library()


@register.simple_tag(takes_context=True)
def language_links(context):
    """The current page in each language: for the switcher and the hreflang alternates.

    A Wagtail page has a translated slug per language, so its URL is asked of the page with
    that language active; any other view keeps its path and query under the other prefix.
    """
    request = context.get("request")
    page = context.get("page")
    links = []
    for code, _name in settings.LANGUAGES:
        with translation.override(code):
            if page is not None and getattr(page, "pk", None):
                url = page.get_url(request)
                if request is not None and request.GET and url:
                    url = f"{url}?{request.GET.urlencode()}"
            elif request is not None:
                url = translate_url(request.get_full_path(), code)
            else:
                url = f"/{code}/"
            native = translation.get_language_info(code)["name_local"]
        links.append(
            {
                "code": code,
                "name": native,
                "url": url,
                "absolute_url": request.build_absolute_uri(url) if request is not None else url,
                "current": code == translation.get_language(),
            }
        )
    return links


@register.simple_tag
def native_language_name(code):
    return translation.get_language_info(code)["name_local"]


@register.simple_tag(takes_context=True)
def main_menu(context):
    """The home page and the pages shown in menus below it: cached until a page changes."""
    from wagtail.models import Site

    from apps.core.cache import cached
    from apps.core.signals import PAGES

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
    for item in menu["items"]:
        item["current"] = current_path.startswith(item["path"])
        item["is_page"] = current_path == item["path"]
    return menu


@register.simple_tag
def csrf_field():
    """The CSRF input with a placeholder the page-cache middleware fills with each visitor's token."""
    from apps.core.page_cache import CSRF_PLACEHOLDER

    return format_html('<input type="hidden" name="csrfmiddlewaretoken" value="{}">', CSRF_PLACEHOLDER)
