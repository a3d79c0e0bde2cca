"""Django's Redis cache, made to degrade instead of fail when the Redis server is unreachable.

Wagtail, the page cache, the facet bitmaps and the rate limits all read the cache on every
request; with Redis down they would turn every page into an error. Here a failed read is a
miss and a failed write is skipped, so pages are still computed and served, only slower;
`/healthz` reports the outage.

A stalled server (it accepts connections but never answers) is worse than a stopped one: each
call waits for the socket timeout, and a page makes many calls. So the first failure opens a
circuit breaker, shared by every thread of the process, and for the next few seconds the cache
is skipped without asking the server; the first call after that tries the server again.
"""

import logging
import threading
import time

from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)

DEFAULT_BREAKER_SECONDS = 5.0


class CircuitBreaker:
    """Open for `seconds` after a failure; closed again by time alone."""

    def __init__(self, seconds: float):
        self.seconds = seconds
        self._open_until = 0.0
        self._lock = threading.Lock()

    def is_open(self) -> bool:
        return time.monotonic() < self._open_until

    def trip(self) -> None:
        with self._lock:
            self._open_until = time.monotonic() + self.seconds

    def close(self) -> None:
        with self._lock:
            self._open_until = 0.0


# Django makes a cache backend per thread; the breaker must be shared by the whole process.
_breakers: dict[str, CircuitBreaker] = {}
_breakers_lock = threading.Lock()


def breaker_for(location: str, seconds: float) -> CircuitBreaker:
    with _breakers_lock:
        breaker = _breakers.get(location)
        if breaker is None:
            breaker = _breakers[location] = CircuitBreaker(seconds)
        breaker.seconds = seconds
        return breaker


def close_all_breakers() -> None:
    """Forget every past failure; for tests, which switch between live and dead servers."""
    with _breakers_lock:
        for breaker in _breakers.values():
            breaker.close()


def cache_is_unavailable(backend) -> bool:
    """True while `backend` skips its server after a failure; never for other backends."""
    return bool(getattr(backend, "is_unavailable", lambda: False)())


class ResilientRedisCache(RedisCache):
    def __init__(self, server, params):
        super().__init__(server, params)
        location = server if isinstance(server, str) else ",".join(server)
        self.breaker = breaker_for(location, float(params.get("BREAKER_SECONDS", DEFAULT_BREAKER_SECONDS)))

    def is_unavailable(self) -> bool:
        return self.breaker.is_open()

    def _guarded(self, operation: str, call, fallback):
        if self.breaker.is_open():
            return fallback
        try:
            return call()
        except ValueError:
            # Not an outage: incr's "no such counter", which callers handle.
            raise
        except Exception as exc:  # noqa: BLE001 - any backend error means the server is unusable
            self.breaker.trip()
            logger.warning(
                "cache %s failed, going without the cache for %.0f s: %s",
                operation,
                self.breaker.seconds,
                exc,
            )
            return fallback

    def get(self, key, default=None, version=None):
        return self._guarded(
            "read", lambda: super(ResilientRedisCache, self).get(key, default, version), default
        )

    def get_many(self, keys, version=None):
        return self._guarded("read", lambda: super(ResilientRedisCache, self).get_many(keys, version), {})

    def has_key(self, key, version=None):
        return self._guarded("read", lambda: super(ResilientRedisCache, self).has_key(key, version), False)

    def set(self, key, value, timeout=None, version=None):
        # A value that cannot be kept is recomputed next time.
        self._guarded(
            "write", lambda: super(ResilientRedisCache, self).set(key, value, timeout, version), None
        )

    def set_many(self, data, timeout=None, version=None):
        return self._guarded(
            "write", lambda: super(ResilientRedisCache, self).set_many(data, timeout, version), list(data)
        )

    def add(self, key, value, timeout=None, version=None):
        return self._guarded(
            "write", lambda: super(ResilientRedisCache, self).add(key, value, timeout, version), False
        )

    def touch(self, key, timeout=None, version=None):
        return self._guarded(
            "write", lambda: super(ResilientRedisCache, self).touch(key, timeout, version), False
        )

    def delete(self, key, version=None):
        return self._guarded("delete", lambda: super(ResilientRedisCache, self).delete(key, version), False)

    def delete_many(self, keys, version=None):
        self._guarded("delete", lambda: super(ResilientRedisCache, self).delete_many(keys, version), None)

    def incr(self, key, delta=1, version=None):
        missing = object()
        result = self._guarded(
            "increment", lambda: super(ResilientRedisCache, self).incr(key, delta, version), missing
        )
        if result is missing:
            # Callers treat ValueError as "no such counter".
            raise ValueError("cache unavailable")
        return result
