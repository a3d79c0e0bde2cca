"""Versioned cache keys: a change bumps a version, and every key built on it is left to expire.

A version is a random token, not a counter: an emptied cache then starts from a version no
process has seen, so nothing kept in a process under an old key can come back. Invalidating is
one SET, the same on Redis and on the local-memory cache, with no pattern deletes.

Reads are cheap: within a request each version is fetched once (`VersionMemoMiddleware`), and
values are also kept in a small per-process memory by their versioned key, so a warm worker
answers most lookups without a round trip to the cache server. What a process keeps expires
with the lifetime it was stored with, like the copy on the cache server.

The page tree's version is composed with the restrictions' version, and a process never trusts
a restrictions version it read earlier: a page made private changes every page key in every
process at once, so no worker serves a copy made while the page was public.
"""

import secrets
import threading
import time
from collections import OrderedDict

from django.core.cache import cache

ONE_DAY = 24 * 60 * 60
# The versions the portal keeps: the page tree (menus, routes, whole cached pages) and the
# page-view restrictions.
PAGES = "pages"
RESTRICTIONS = "restrictions"

# A process trusts a version it read for this long: another worker sees a change within this
# many seconds, and a busy worker asks the cache server for versions a few times a second.
# Restrictions are asked for on every request: who may read a page must hold at once.
VERSION_TRUST_SECONDS = 2.0
TRUST_SECONDS = {RESTRICTIONS: 0.0}
# Keys built on the first name change when any of the others changes.
COMPOSED = {PAGES: (PAGES, RESTRICTIONS)}

_request = threading.local()
_versions: dict[str, tuple[str, float]] = {}
_local: OrderedDict = OrderedDict()
_LOCAL_SIZE = 512
_local_lock = threading.Lock()


def version(name: str) -> str:
    memo = getattr(_request, "versions", None)
    if memo is not None and name in memo:
        return memo[name]
    now = time.monotonic()
    known = _versions.get(name)
    if known is not None and now - known[1] < TRUST_SECONDS.get(name, VERSION_TRUST_SECONDS):
        value = known[0]
    else:
        # With the cache server down this reads as a fresh version each time: nothing is trusted.
        value = cache.get_or_set(f"version:{name}", lambda: secrets.token_hex(6), timeout=None)
        _versions[name] = (value, now)
    if memo is not None:
        memo[name] = value
    return value


def bump(name: str) -> None:
    value = secrets.token_hex(6)
    cache.set(f"version:{name}", value, timeout=None)
    _versions[name] = (value, time.monotonic())
    memo = getattr(_request, "versions", None)
    if memo is not None:
        memo.pop(name, None)


def forget_local() -> None:
    """Drop what this process remembers; for tests, which empty the cache between them."""
    _versions.clear()
    with _local_lock:
        _local.clear()


def local_get(key: str):
    with _local_lock:
        entry = _local.get(key)
        if entry is None:
            return None
        value, deadline = entry
        if deadline is not None and time.monotonic() >= deadline:
            del _local[key]
            return None
        _local.move_to_end(key)
        return value


def local_set(key: str, value, timeout: float | None = ONE_DAY) -> None:
    """Keep value in this process for timeout seconds (None: until pushed out)."""
    deadline = None if timeout is None else time.monotonic() + timeout
    with _local_lock:
        _local[key] = (value, deadline)
        _local.move_to_end(key)
        if len(_local) > _LOCAL_SIZE:
            _local.popitem(last=False)


def composed_version(name: str) -> str:
    return ".".join(version(part) for part in COMPOSED.get(name, (name,)))


def versioned_key(name: str, *parts) -> str:
    return ":".join([name, composed_version(name), *map(str, parts)])


def remember(key: str, compute, timeout=ONE_DAY):
    """The value under a versioned key: from this process, else the cache, else computed."""
    value = local_get(key)
    if value is not None:
        return value
    value = cache.get(key)
    if value is None:
        value = compute()
        cache.set(key, value, timeout=timeout)
    local_set(key, value, timeout)
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
