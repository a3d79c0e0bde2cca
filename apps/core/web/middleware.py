import unicodedata

from csp.middleware import CSPMiddleware

from django.conf import settings
from django.http import QueryDict


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The strict public policy everywhere, loosened only where the Wagtail admin needs it.

    The admin renders inline scripts and styles (wagtail/wagtail#1288), so under
    ADMIN_CSP_PREFIXES script-src and style-src also allow 'unsafe-inline'; every other
    directive, frame-ancestors included, stays as strict as on public pages. Under
    INLINE_STYLE_CSP_PREFIXES (documentation that styles its elements from script) only
    style-src allows 'unsafe-inline', and workers may come from blobs.
    """

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if not report_only and request.path_info.startswith(settings.ADMIN_CSP_PREFIXES):
            parts.nonce = None
            parts.update = {
                **(parts.update or {}),
                "script-src": ["'self'", "'unsafe-inline'"],
                "style-src": ["'self'", "'unsafe-inline'"],
                "img-src": ["'self'", "data:", "blob:"],
            }
        elif not report_only and request.path_info.startswith(settings.INLINE_STYLE_CSP_PREFIXES):
            parts.update = {
                **(parts.update or {}),
                "style-src": ["'self'", "'unsafe-inline'"],
                "worker-src": ["'self'", "blob:"],
            }
        return parts


class QueryStringCleaningMiddleware:
    """Hand the views a query string without control characters and of bounded size.

    A NUL in `?q=` would reach PostgreSQL, which refuses it with an error (a 500); other
    control characters and megabyte-long values serve no reader either. Every key and value
    loses its control characters and is cut to a maximum length, and parameters past a
    maximum number are dropped. When anything changed, QUERY_STRING is rewritten to match,
    so the page cache and every link built from the request see the same cleaned query.
    """

    MAX_PARAMETERS = 100
    MAX_KEY_LENGTH = 100
    MAX_VALUE_LENGTH = 1000

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.META.get("QUERY_STRING"):
            cleaned, changed = self.clean(request.GET)
            if changed:
                request.GET = cleaned
                request.META["QUERY_STRING"] = cleaned.urlencode()
        return self.get_response(request)

    @classmethod
    def clean(cls, query: QueryDict) -> tuple[QueryDict, bool]:
        cleaned = QueryDict(mutable=True)
        count, changed = 0, False
        for key, values in query.lists():
            clean_key = _printable(key)[: cls.MAX_KEY_LENGTH]
            clean_values = []
            for value in values:
                if count == cls.MAX_PARAMETERS:
                    changed = True
                    break
                clean_values.append(_printable(value)[: cls.MAX_VALUE_LENGTH])
                count += 1
            changed = changed or clean_key != key or clean_values != values
            if clean_key and clean_values:
                cleaned.setlist(clean_key, cleaned.getlist(clean_key) + clean_values)
            elif values:
                changed = True
        cleaned._mutable = False
        return cleaned, changed


def _printable(text: str) -> str:
    if text.isprintable():
        return text
    return "".join(char for char in text if unicodedata.category(char) != "Cc")


class HealthCheckMiddleware:
    """Answer /healthz before any middleware that needs the database.

    Sessions, authentication and the Wagtail site lookup all query the database; with it down
    they would turn the health report into an HTML error page, exactly when it is needed.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if request.path_info == "/healthz":
            from apps.core.web.views import healthz

            return healthz(request)
        return self.get_response(request)
