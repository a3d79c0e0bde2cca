"""A cache of whole public pages and sitemaps for anonymous readers, per language and query string.

Only a request that carries no session and no messages is served from the cache or stored in it,
so one visitor's messages never reach another. Forms render a placeholder instead of their CSRF
token (the `csrf_field` tag); this middleware puts each visitor's own token in its place, on
cached and fresh responses alike, so a cached page's forms still submit. A publish, unpublish,
move or delete of any page, and any change of a view restriction, changes every key.

The key is built from validated, canonical input only: the scheme, the host Django accepts (a
refused host answers 400 before the cache is read), the path and the query parameters the
pages declare (`register_parameters`), sorted. Junk parameters therefore share one entry, and
an unusual port never gets a page of its own: a page whose absolute links would carry a port
nobody configured is served fresh and not stored. A page under a view restriction is never
stored, and what a process keeps expires with the lifetime of the cached copy.

A page that changes by itself at a known moment (an event page offers its registration form only
until the event is over) names that moment with `expire_at`: its copy is kept only until then.
Capping the lifetime is enough, and simpler than a key that carries the event's phase, because
the moment is known when the page is rendered. Lifetimes are judged by `timezone.now()`, the
clock the pages themselves use.

It sits near the top of the middleware so that a hit skips sessions, authentication, messages
and locale work; it therefore does the CSRF cookie handling itself, and keeps the headers the
inner middleware set (content security policy, frame options) with the stored page.
"""

import hashlib
import math
from urllib.parse import urlencode

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.http.request import split_domain_port
from django.middleware.csrf import CsrfViewMiddleware, get_token
from django.utils import timezone
from django.utils.cache import patch_cache_control

from apps.core.caching.versioned import PAGES, local_get, local_set, versioned_key

CSRF_PLACEHOLDER = "__csrf_token_placeholder__"
PRIVATE_COOKIES = (settings.SESSION_COOKIE_NAME, "messages")
KEPT_HEADERS = (
    "Content-Type",
    "Content-Language",
    "Vary",
    # A feed's newest entry; validators and freshness a view chose itself.
    "Last-Modified",
    "ETag",
    "Cache-Control",
    "Content-Security-Policy",
    "X-Frame-Options",
)
STORED_TYPES = ("text/html", "application/atom+xml", "application/xml")
STANDARD_PORTS = ("", "80", "443")
# A query string with more known values than this is not a reader's; it is served, not stored.
MAX_KEY_VALUES = 40

_parameters: set[str] = set()


def register_parameters(*names: str) -> None:
    """Declare query parameters that change what a public page shows (those of an app's manifest)."""
    _parameters.update(names)


def canonical_query(query) -> str | None:
    """The known parameters of a QueryDict, sorted, or None when there are too many to store."""
    pairs = sorted(
        (name, value.strip())
        for name in query
        if name in _parameters
        for value in query.getlist(name)
        if value.strip()
    )
    if len(pairs) > MAX_KEY_VALUES:
        return None
    return urlencode(sorted(set(pairs)))


def expire_at(request, *moments) -> None:
    """The page changes by itself at the earliest of these moments still ahead: keep it no longer.

    None (a date not known yet) and moments already past are ignored.
    """
    now = timezone.now()
    ahead = [moment for moment in moments if moment is not None and moment > now]
    if not ahead:
        return
    current = getattr(request, "page_cache_until", None)
    request.page_cache_until = min(ahead) if current is None else min(current, *ahead)


def forbid_storing(request) -> None:
    """Mark a request whose answer must never be kept, such as a page under a view restriction."""
    request.page_cache_forbidden = True


class AnonymousPageCacheMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response
        self.csrf = CsrfViewMiddleware(get_response)
        self.prefixes = (*(f"/{code}/" for code, _name in settings.LANGUAGES), "/sitemap")

    def __call__(self, request):
        seconds = settings.PAGE_CACHE_SECONDS
        key = self._key(request) if seconds and self._is_cacheable_request(request) else None
        if key is None:
            return self._with_csrf_token(request, self.get_response(request))
        stored = local_get(key) or cache.get(key)
        now = timezone.now().timestamp()
        if stored is not None and stored["expires"] <= now:
            stored = None  # kept past its moment, e.g. its event has ended since
        if stored is not None:
            local_set(key, stored, max(0.0, stored["expires"] - now))
            response = HttpResponse(stored["content"], status=200)
            for header, value in stored["headers"].items():
                response[header] = value
            response["X-Page-Cache"] = "hit"
            self.csrf.process_request(request)
            return self._with_csrf_token(request, response)
        response = self.get_response(request)
        until = getattr(request, "page_cache_until", None)
        if until is not None:
            seconds = min(seconds, until.timestamp() - now)
        if (
            seconds > 0
            and self._is_cacheable_response(response)
            and not getattr(request, "page_cache_forbidden", False)
        ):
            headers = {header: response[header] for header in KEPT_HEADERS if header in response}
            stored = {"content": response.content, "headers": headers, "expires": now + seconds}
            cache.set(key, stored, timeout=math.ceil(seconds))
            local_set(key, stored, seconds)
            response["X-Page-Cache"] = "miss"
        return self._with_csrf_token(request, response)

    def _is_cacheable_request(self, request) -> bool:
        # Judged from the cookies alone: a reader without a session cookie is anonymous.
        return (
            request.method in ("GET", "HEAD")
            and request.path.startswith(self.prefixes)
            and not any(name in request.COOKIES for name in PRIVATE_COOKIES)
        )

    def _key(self, request) -> str | None:
        host = request.get_host()  # a host Django refuses raises here, and the reader gets 400
        _domain, port = split_domain_port(host)
        if port not in STANDARD_PORTS and port not in map(str, settings.PAGE_CACHE_PORTS):
            return None
        query = canonical_query(request.GET)
        if query is None:
            return None
        address = f"{request.scheme}://{host}{request.path}?{query}"
        digest = hashlib.sha256(address.encode("utf-8", "surrogatepass")).hexdigest()
        return versioned_key(PAGES, "page", digest)

    @staticmethod
    def _is_cacheable_response(response) -> bool:
        return (
            response.status_code == 200
            and not response.streaming
            and not response.cookies
            and response.get("Content-Type", "").startswith(
                ("text/html", "application/atom+xml", "application/xml")
            )
            and "no-cache" not in response.get("Cache-Control", "")
            and "no-store" not in response.get("Cache-Control", "")
            and "private" not in response.get("Cache-Control", "")
        )

    def _with_csrf_token(self, request, response):
        if not response.streaming and response.get("Content-Type", "").startswith("text/html"):
            placeholder = CSRF_PLACEHOLDER.encode()
            if placeholder in response.content:
                response.content = response.content.replace(placeholder, get_token(request).encode())
                # The page now carries this visitor's token: no cache downstream may keep it.
                patch_cache_control(response, private=True, no_store=True)
                # Sets the CSRF cookie when the token is new; the inner CSRF middleware has either
                # not run (a hit) or run before the token was asked for.
                self.csrf.process_response(request, response)
        if not response.streaming:
            # Whatever rewrote the body above or inside, the declared length is the body's.
            response["Content-Length"] = str(len(response.content))
        return response
