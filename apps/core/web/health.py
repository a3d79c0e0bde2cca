"""The state of the services the portal depends on, for /healthz and for operators."""

import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import connection

from apps.core.caching.backend import cache_is_unavailable


def _database() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT 1")
        cursor.fetchone()
    return f"ok ({connection.vendor})"


def _cache() -> str:
    location = settings.CACHES["default"].get("LOCATION", "")
    if isinstance(location, str) and location.startswith(("redis://", "rediss://")):
        # The cache backend hides outages from pages; ask the server itself.
        _redis_ping(location)
    if cache_is_unavailable(cache):
        raise RuntimeError("the cache is skipped for a few seconds after a failure")
    key = f"healthz:{uuid.uuid4().hex}"
    cache.set(key, "1", timeout=5)
    if cache.get(key) != "1":
        raise RuntimeError("a value written to the cache could not be read back")
    cache.delete(key)
    return f"ok ({settings.CACHES['default']['BACKEND'].rsplit('.', 1)[-1]})"


def _broker() -> str:
    if settings.CELERY_TASK_ALWAYS_EAGER and not settings.REDIS_URL:
        return "ok (tasks run in-process)"
    _redis_ping(settings.CELERY_BROKER_URL)
    return "ok (redis)"


def _redis_ping(url: str) -> None:
    """A stalled server (connects, never answers) counts as down after the socket timeout."""
    import redis

    timeout = settings.REDIS_SOCKET_TIMEOUT
    client = redis.Redis.from_url(url, socket_connect_timeout=timeout, socket_timeout=timeout)
    try:
        client.ping()
    finally:
        client.close()


CHECKS = {"database": _database, "cache": _cache, "broker": _broker}


def service_states() -> tuple[bool, dict[str, str]]:
    """Run every check; a failing one is reported with its error instead of raising."""
    states, healthy = {}, True
    for name, check in CHECKS.items():
        try:
            states[name] = check()
        except Exception as exc:  # noqa: BLE001 - any failure means the component is down
            healthy = False
            states[name] = f"down: {_describe(name, exc)}"
    return healthy, states


def _describe(name: str, exc: Exception) -> str:
    where = ""
    if name == "cache" and settings.REDIS_URL:
        where = f"redis at {_redact(settings.CACHES['default'].get('LOCATION', settings.REDIS_URL))}: "
    elif name == "broker" and settings.REDIS_URL:
        where = f"redis at {_redact(settings.CELERY_BROKER_URL)}: "
    return f"{where}{type(exc).__name__}: {exc}"[:300]


def _redact(url: str) -> str:
    """Drop any password from a service URL before it is shown."""
    if "@" in url:
        scheme, rest = url.split("://", 1)
        return f"{scheme}://***@{rest.rsplit('@', 1)[1]}"
    return url
