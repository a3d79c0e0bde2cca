"""How often a client may call the API, counted in the cache and failing open.

Anonymous clients are counted by the same client address as the public forms' rate limits and
the login lockouts (`RATELIMIT_IP_META_KEY`, `apps/core/web/client.py`), signed-in users and token
holders by their account. The counts live in the default cache (Redis): with Redis unreachable
the cache answers every read as a miss and drops every write, so nothing is counted and every
request is served, as the public forms do (RATELIMIT_FAIL_OPEN).
"""

from rest_framework.throttling import AnonRateThrottle, UserRateThrottle

from django.conf import settings

from apps.core.web.client import client_address


class AnonymousThrottle(AnonRateThrottle):
    """Per client address, for requests without a session or token (API_THROTTLE_ANONYMOUS)."""

    scope = "anonymous"

    def get_rate(self):
        return settings.API_THROTTLE_ANONYMOUS

    def get_ident(self, request):
        return client_address(request)


class UserThrottle(UserRateThrottle):
    """Per account (API_THROTTLE_USER); anonymous clients are the AnonymousThrottle's."""

    scope = "user"

    def get_rate(self):
        return settings.API_THROTTLE_USER

    def get_cache_key(self, request, view):
        if not (request.user and request.user.is_authenticated):
            return None
        return self.cache_format % {"scope": self.scope, "ident": request.user.pk}
