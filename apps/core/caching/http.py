"""What browsers and caches on the way may keep of an answer to GET and HEAD, and how they ask again.

`ConditionalResponseMiddleware` sits just outside the page cache, so cached and fresh answers get
the same treatment:

- An answer that already says how it may be kept (`never_cache`, a download's `private,
  no-store`, a page whose form carries a visitor's CSRF token) keeps its `Cache-Control`.
- An answer to a visitor with a session or messages cookie, or one that sets a cookie, is
  personal: `private, no-store`.
- Any other successful answer is the same for every anonymous reader: `public`, fresh for as long
  as the page cache keeps a page (PAGE_CACHE_SECONDS; `no-cache` when the cache is off). Public
  pages are the same for a signed-in partner (their links are on their own pages), so they do
  not vary on `Cookie`.
- Every answer that may be stored gets an `ETag` (a hash of the body) unless it has one, and a
  request whose `If-None-Match` or `If-Modified-Since` matches gets 304 with no body. A feed
  keeps the `Last-Modified` it sets from its newest entry. HEAD gets exactly the headers of GET:
  Django renders the body for HEAD too, and the server leaves it out.

Unlike Django's ConditionalGetMiddleware this also answers HEAD, whose headers must be those of
GET (RFC 9110, 9.3.2).

Bodies that are the same in every language (robots.txt, the sitemaps) are marked with
`language_neutral`; `LocaleMiddleware` then sends neither `Content-Language` nor
`Vary: Accept-Language` with them.
"""

import functools

from django.conf import settings
from django.middleware.locale import LocaleMiddleware as DjangoLocaleMiddleware
from django.utils.cache import (
    cc_delim_re,
    get_conditional_response,
    patch_cache_control,
    set_response_etag,
)
from django.utils.http import parse_http_date_safe

PERSONAL_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")


def language_neutral(view):
    """Mark a view whose body is the same whatever the reader's language."""

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        response = view(request, *args, **kwargs)
        response.language_neutral = True
        return response

    return wrapper


class LocaleMiddleware(DjangoLocaleMiddleware):
    """Django's, without the language headers on answers marked `language_neutral`.

    An answer marked `language_redirect = False` (an API's 404, which names its own language)
    is left alone: Django would send a 404 outside the language prefixes to the same path below
    the prefix, where the pages' catch-all takes any path.
    """

    def process_response(self, request, response):
        if getattr(response, "language_redirect", True) is False:
            return response
        had_language = response.has_header("Content-Language")
        response = super().process_response(request, response)
        if getattr(response, "language_neutral", False):
            if not had_language:
                del response["Content-Language"]
            fields = cc_delim_re.split(response.get("Vary", ""))
            vary = [field for field in fields if field.lower() not in ("", "accept-language")]
            if vary:
                response["Vary"] = ", ".join(vary)
            elif response.has_header("Vary"):
                del response["Vary"]
        return response


class ConditionalResponseMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.method not in ("GET", "HEAD"):
            return response
        if not response.has_header("Cache-Control"):
            self._set_cache_control(request, response)
        if response.status_code != 200 or response.streaming:
            return response
        directives = {part.strip().lower() for part in response["Cache-Control"].split(",")}
        if "no-store" in directives:
            return response
        if not response.has_header("ETag"):
            set_response_etag(response)
        last_modified = parse_http_date_safe(response.get("Last-Modified", ""))
        return get_conditional_response(
            request, etag=response["ETag"], last_modified=last_modified, response=response
        )

    @staticmethod
    def _set_cache_control(request, response) -> None:
        personal = bool(response.cookies) or any(name in request.COOKIES for name in PERSONAL_COOKIES)
        if personal:
            patch_cache_control(response, private=True, no_store=True)
        elif response.status_code == 200:
            seconds = settings.PAGE_CACHE_SECONDS
            if seconds:
                patch_cache_control(response, public=True, max_age=seconds)
            else:
                patch_cache_control(response, public=True, no_cache=True)
