from csp.middleware import CSPMiddleware

from django.conf import settings


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """The strict public policy everywhere, loosened only where the Wagtail admin needs it.

    The admin renders inline scripts and styles (wagtail/wagtail#1288), so under
    ADMIN_CSP_PREFIXES script-src and style-src also allow 'unsafe-inline'; every other
    directive, frame-ancestors included, stays as strict as on public pages.
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
        return parts
