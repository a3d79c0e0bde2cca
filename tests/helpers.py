"""Helpers shared by the tests of several apps: pages' addresses, HTML read through a parser, the sitemap.

HTML is asserted on what a parser makes of it (elements found by CSS selectors, their text and
attributes), not on the markup's spelling, so a reordered attribute or a new line in a template
does not break a test that checks what a reader sees. Plain text, XML and headers may be matched
as text.
"""

import json
import re

from bs4 import BeautifulSoup, Tag

from django.utils import translation


def url_in(page, language: str) -> str:
    """The page's address in a language."""
    with translation.override(language):
        return page.get_url()


def html_of(response_or_html) -> BeautifulSoup:
    """A response's HTML, or an HTML text, parsed."""
    content = getattr(response_or_html, "content", response_or_html)
    if isinstance(content, bytes):
        content = content.decode()
    return BeautifulSoup(content, "html.parser")


def element(response_or_html, selector: str) -> Tag:
    """The one element a CSS selector names; fails, naming the selector, when none or several do."""
    root = response_or_html if isinstance(response_or_html, Tag) else html_of(response_or_html)
    found = root.select(selector)
    assert len(found) == 1, f"{len(found)} elements match {selector!r}"
    return found[0]


def text_of(response_or_html, selector: str) -> str:
    """The text of the one element a selector names, its white space collapsed."""
    return " ".join(element(response_or_html, selector).get_text(" ").split())


def csrf_token(response_or_html) -> str:
    """The CSRF token a page's form carries."""
    return element(response_or_html, 'input[name="csrfmiddlewaretoken"]')["value"]


def form_data(form: Tag) -> dict[str, list[str]]:
    """What a browser sends for a form as it stands: its fields' values, without pressing a button."""
    data: dict[str, list[str]] = {}
    for field in form.select("input[name], textarea[name], select[name]"):
        if field.has_attr("disabled"):
            continue
        name = field["name"]
        if field.name == "textarea":
            # A browser drops the one new line that may follow the opening tag.
            data.setdefault(name, []).append(field.get_text().removeprefix("\n"))
        elif field.name == "select":
            chosen = [option.get("value", option.get_text()) for option in field.select("option[selected]")]
            if not chosen and not field.has_attr("multiple") and field.select("option"):
                first = field.select("option")[0]
                chosen = [first.get("value", first.get_text())]
            data.setdefault(name, []).extend(chosen)
        else:
            kind = field.get("type", "text").lower()
            if kind in ("submit", "button", "image", "reset", "file"):
                continue
            ticked = kind in ("checkbox", "radio")
            if ticked and not field.has_attr("checked"):
                continue
            data.setdefault(name, []).append(field.get("value", "on" if ticked else ""))
    return data


def admin_form_data(response, selector: str = "#page-edit-form") -> dict[str, list[str]]:
    """What the Wagtail admin's form sends unchanged: its fields, and its empty StreamFields.

    A StreamField is drawn by the admin's JavaScript from the value in its `w-block` element,
    which then sends the number of blocks as `<name>-count`. Only empty streams are sent here;
    a stream with blocks fails, so that a test gives them explicitly.
    """
    form = element(response, selector)
    data = form_data(form)
    for stream in form.select('[data-controller~="w-block"][id]'):
        value, _errors = json.loads(stream["data-w-block-arguments-value"])
        assert value == [], f"{stream['id']} holds blocks: give them to the form explicitly"
        data[f"{stream['id']}-count"] = ["0"]
    return data


def sitemap_locations(client, *, children_only: bool = False) -> list[str]:
    """Every URL the sitemap lists, following the index to its children."""
    index = client.get("/sitemap.xml").content.decode()
    children = re.findall(r"<loc>([^<]+)</loc>", index)
    if children_only:
        return children
    locations = []
    for child in children:
        locations += re.findall(r"<url><loc>([^<]+)</loc>", client.get(child).content.decode())
    return locations


def sitemap_xml(client) -> str:
    """The children of the sitemap index, as one text."""
    return "".join(
        client.get(child).content.decode() for child in sitemap_locations(client, children_only=True)
    )


def run_task(task, *args, **kwargs):
    """Run a Celery task here and now and return what it returned (its error fails the test).

    Not `.apply().get()`: Celery marks "inside a task" in a flag shared by every thread, so a
    task another test's thread is still running makes `get` refuse to wait."""
    result = task.apply(args, kwargs)
    assert result.successful(), result.traceback
    return result.result


def empty_suite_cache():
    """Drop this suite's cached values (only its own keys, so a shared Redis keeps everyone else's)."""
    import redis

    from django.conf import settings
    from django.core.cache import cache

    from apps.core.caching.versioned import forget_local

    location = settings.CACHES["default"].get("LOCATION")
    if location and settings.CACHES["default"]["BACKEND"].endswith("RedisCache"):
        client = redis.Redis.from_url(location)
        keys = list(client.scan_iter(match=f"{settings.CACHES['default']['KEY_PREFIX']}:*", count=1000))
        if keys:
            client.delete(*keys)
        client.close()
    else:
        cache.clear()
    forget_local()
