"""Versioned cache keys: a change bumps a version, and every key built on it is left to expire.

A version is a random token, not a counter: an emptied cache then starts from a version no
process has seen, so nothing kept in a process under an old key can come back. Invalidating is
one SET, the same on Redis and on the local-memory cache, with no pattern deletes.

Reads are cheap: within a request each version is fetched once (`VersionMemoMiddleware`), and
values are also kept in a small per-process memory by their versioned key, so a warm worker
answers most lookups without a round trip to the cache server.
"""

import secrets
import threading
from collections import OrderedDict

from django.core.cache import cache

ONE_DAY = 24 * 60 * 60
# The versions the portal keeps: the page tree (menus, routes, whole cached pages) and the
# page-view restrictions.
PAGES = "pages"
RESTRICTIONS = "restrictions"

_request = threading.local()
_local: OrderedDict = OrderedDict()
_LOCAL_SIZE = 512
_local_lock = threading.Lock()


def version(name: str) -> str:
    memo = getattr(_request, "versions", None)
    if memo is not None and name in memo:
        return memo[name]
    value = cache.get_or_set(f"version:{name}", lambda: secrets.token_hex(6), timeout=None)
    if memo is not None:
        memo[name] = value
    return value


def bump(name: str) -> None:
    cache.set(f"version:{name}", secrets.token_hex(6), timeout=None)
    memo = getattr(_request, "versions", None)
    if memo is not None:
        memo.pop(name, None)


def versioned_key(name: str, *parts) -> str:
    return ":".join([name, str(version(name)), *map(str, parts)])


def remember(key: str, compute, timeout=ONE_DAY):
    """The value under a versioned key: from this process, else the cache, else computed."""
    with _local_lock:
        if key in _local:
            _local.move_to_end(key)
            return _local[key]
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=timeout)
    with _local_lock:
        _local[key] = value
        if len(_local) > _LOCAL_SIZE:
            _local.popitem(last=False)
    return value


def cached(name: str, *parts, compute, timeout=ONE_DAY):
    return remember(versioned_key(name, *parts), compute, timeout=timeout)


class VersionMemoMiddleware:
    """Fetch each version at most once per request; a request sees one consistent state."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        _request.versions = {}
        try:
            return self.get_response(request)
        finally:
            _request.versions = None
