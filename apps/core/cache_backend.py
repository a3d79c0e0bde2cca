"""Django's Redis cache, made to degrade instead of fail when the Redis server is unreachable.

Wagtail, the page cache, the facet bitmaps and the rate limits all read the cache on every
request; with Redis down they would turn every page into an error. Here a failed read is a
miss and a failed write is skipped, so pages are still computed and served, only slower;
`/healthz` reports the outage.
"""

import logging

from django.core.cache.backends.redis import RedisCache

logger = logging.getLogger(__name__)


def _warn(operation: str, exc: Exception) -> None:
    logger.warning("cache %s failed, going without: %s", operation, exc)


class ResilientRedisCache(RedisCache):
    def get(self, key, default=None, version=None):
        try:
            return super().get(key, default, version)
        except Exception as exc:  # noqa: BLE001 - any backend error reads as a miss
            _warn("read", exc)
            return default

    def get_many(self, keys, version=None):
        try:
            return super().get_many(keys, version)
        except Exception as exc:  # noqa: BLE001
            _warn("read", exc)
            return {}

    def set(self, key, value, timeout=None, version=None):
        try:
            super().set(key, value, timeout, version)
        except Exception as exc:  # noqa: BLE001 - a value that cannot be kept is recomputed
            _warn("write", exc)

    def set_many(self, data, timeout=None, version=None):
        try:
            return super().set_many(data, timeout, version)
        except Exception as exc:  # noqa: BLE001
            _warn("write", exc)
            return list(data)

    def add(self, key, value, timeout=None, version=None):
        try:
            return super().add(key, value, timeout, version)
        except Exception as exc:  # noqa: BLE001
            _warn("write", exc)
            return False

    def delete(self, key, version=None):
        try:
            return super().delete(key, version)
        except Exception as exc:  # noqa: BLE001
            _warn("delete", exc)
            return False

    def incr(self, key, delta=1, version=None):
        try:
            return super().incr(key, delta, version)
        except ValueError:
            raise
        except Exception as exc:  # noqa: BLE001 - callers treat ValueError as "no such counter"
            _warn("increment", exc)
            raise ValueError("cache unavailable") from exc
