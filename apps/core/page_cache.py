"""A cache of whole public pages for anonymous readers, per language and query string.

Only a request that carries no session and no messages is served from the cache or stored in it,
so one visitor's messages never reach another. Forms render a placeholder instead of their CSRF
token (the `csrf_field` tag); this middleware puts each visitor's own token in its place, on
cached and fresh responses alike, so a cached page's forms still submit. A publish, unpublish,
move or delete of any page bumps the "pages" version and with it every key.

It sits near the top of the middleware so that a hit skips sessions, authentication, messages
and locale work; it therefore does the CSRF cookie handling itself, and keeps the headers the
inner middleware set (content security policy, frame options) with the stored page.
"""

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.utils.cache import patch_cache_control

from .cache import PAGES, local_get, local_set, versioned_key

CSRF_PLACEHOLDER = "__csrf_token_placeholder__"
PRIVATE_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
KEPT_HEADERS = (
    "Content-Type",
    "Content-Language",
    "Vary",
    "Content-Security-Policy",
    "X-Frame-Options",
)


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.csrf = CsrfViewMiddleware(get_response)
        self.prefixes = tuple(f"/{code}/" for code, _name in settings.LANGUAGES)

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        if not seconds or not self._is_cacheable_request(request):
            return self._with_csrf_token(request, self.get_response(request))
        key = versioned_key(PAGES, "page", request.get_full_path())
        stored = local_get(key) or cache.get(key)
        if stored is not None:
            local_set(key, stored)
            response = HttpResponse(stored["content"], status=200)
            for header, value in stored["headers"].items():
                response[header] = value
            response["X-Page-Cache"] = "hit"
            self.csrf.process_request(request)
            response = self._with_csrf_token(request, response)
            response["Content-Length"] = str(len(response.content))
            return response
        response = self.get_response(request)
        if self._is_cacheable_response(response):
            headers = {header: response[header] for header in KEPT_HEADERS if header in response}
            stored = {"content": response.content, "headers": headers}
            cache.set(key, stored, timeout=seconds)
            local_set(key, stored)
            response["X-Page-Cache"] = "miss"
        return self._with_csrf_token(request, response)

    def _is_cacheable_request(self, request) -> bool:
        # Judged from the cookies alone: a reader without a session cookie is anonymous.
        return (
            request.method in ("GET", "HEAD")
            and request.path.startswith(self.prefixes)
            and not any(name in request.COOKIES for name in PRIVATE_COOKIES)
        )

    @staticmethod
    def _is_cacheable_response(response) -> bool:
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and response.get("Content-Type", "").startswith(("text/html", "application/atom+xml"))
            and "no-cache" not in response.get("Cache-Control", "")
            and "private" not in response.get("Cache-Control", "")
        )

    def _with_csrf_token(self, request, response):
        if response.streaming or not response.get("Content-Type", "").startswith("text/html"):
            return response
        placeholder = CSRF_PLACEHOLDER.encode()
        if placeholder in response.content:
            response.content = response.content.replace(placeholder, get_token(request).encode())
            # The page now carries this visitor's token: no shared cache downstream may keep it.
            patch_cache_control(response, private=True)
            # Sets the CSRF cookie when the token is new; the inner CSRF middleware has either
            # not run (a hit) or run before the token was asked for.
            self.csrf.process_response(request, response)
        return response
