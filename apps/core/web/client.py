"""Who is asking: the client's address, the same for rate limits, login lockouts and /healthz."""

import ipaddress
import logging

from django.conf import settings

logger = logging.getLogger(__name__)

# The most of a bad header value that goes into the log.
LOGGED_VALUE_LENGTH = 100


def _parsed(value: str) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    try:
        address = ipaddress.ip_address(value.strip())
    except ValueError:
        return None
    # An IPv4 client seen through an IPv6 socket (::ffff:192.0.2.1) is that IPv4 client.
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped is not None:
        return address.ipv4_mapped
    return address


def client_ip(request) -> ipaddress.IPv4Address | ipaddress.IPv6Address | None:
    """The visitor's own address, not the reverse proxy's; None when nothing valid says it.

    Behind a proxy, RATELIMIT_IP_META_KEY names the header in which the proxy passes the
    client's address; otherwise it is REMOTE_ADDR. A header that holds no valid address (a
    misconfigured proxy, or a client's value the proxy let through) is logged and ignored, and
    REMOTE_ADDR counts instead: it must never reach the lockouts' `inet` column as it is.
    """
    key = settings.RATELIMIT_IP_META_KEY or "REMOTE_ADDR"
    remote = request.META.get("REMOTE_ADDR") or ""
    if key != "REMOTE_ADDR" and request.META.get(key):
        value = request.META[key]
        # X-Forwarded-For may list several addresses; the proxy appends the one it saw last.
        address = _parsed(value.split(",")[-1])
        if address is not None:
            return address
        logger.warning(
            "%s holds no valid client address (%r); counting REMOTE_ADDR %r instead",
            key,
            value[:LOGGED_VALUE_LENGTH],
            remote[:LOGGED_VALUE_LENGTH],
        )
    return _parsed(remote)


def client_address(request) -> str:
    """The address that rate limits and login lockouts count, as text.

    Whoever has an IPv6 address has a whole /64 (CLIENT_IPV6_PREFIX) of them: counting each
    address apart would give them billions of fresh tries. So an IPv6 client is counted by its
    network (its first address, e.g. 2001:db8:1:2::); an IPv4 address stays whole.
    """
    address = client_ip(request)
    if address is None:
        return ""
    if address.version == 6:
        prefix = settings.CLIENT_IPV6_PREFIX
        return str(ipaddress.ip_network(f"{address}/{prefix}", strict=False).network_address)
    return str(address)


def is_local(request) -> bool:
    address = client_ip(request)
    return address is not None and address.is_loopback
