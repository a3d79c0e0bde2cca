"""Who is asking: the client's address, the same for rate limits, login lockouts and /healthz."""

import ipaddress

from django.conf import settings


def client_address(request) -> str:
    """The address of the visitor, not of the reverse proxy in front of the portal.

    Behind a proxy, RATELIMIT_IP_META_KEY names the header in which the proxy passes the
    client's address (django-ratelimit reads the same setting); otherwise it is REMOTE_ADDR.
    """
    key = settings.RATELIMIT_IP_META_KEY or "REMOTE_ADDR"
    value = request.META.get(key) or request.META.get("REMOTE_ADDR") or ""
    # X-Forwarded-For may list several addresses; the proxy appends the one it saw last.
    return value.split(",")[-1].strip()


def is_local(request) -> bool:
    try:
        return ipaddress.ip_address(client_address(request)).is_loopback
    except ValueError:
        return False
