"""The Redis cache against a stopped and a stalled server: misses, quickly, and a breaker."""

import time

import pytest

from django.core.cache import cache, caches
from django.test import Client, override_settings

from apps.core.caching.backend import cache_is_unavailable
from tests.helpers import url_in

pytestmark = pytest.mark.django_db


def redis_cache(location, breaker_seconds=5.0, timeout=0.25):
    return {
        "default": {
            "BACKEND": "apps.core.caching.backend.ResilientRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": "buicasus-test",
            "OPTIONS": {"socket_connect_timeout": timeout, "socket_timeout": timeout},
            "BREAKER_SECONDS": breaker_seconds,
        }
    }


def timed(call):
    started = time.monotonic()
    result = call()
    return result, time.monotonic() - started


def test_the_configured_cache_has_short_socket_timeouts(settings):
    options = settings.CACHES["default"]["OPTIONS"]
    assert options["socket_connect_timeout"] == options["socket_timeout"] == settings.REDIS_SOCKET_TIMEOUT
    assert 0 < settings.REDIS_SOCKET_TIMEOUT <= 0.5
    transport = settings.CELERY_BROKER_TRANSPORT_OPTIONS
    assert transport["socket_connect_timeout"] == transport["socket_timeout"] == settings.REDIS_SOCKET_TIMEOUT


def test_a_live_cache_reads_and_writes():
    cache.set("probe", "value")
    assert cache.get("probe") == "value"
    assert cache.add("counter", 1) is True
    assert cache.incr("counter") == 2
    assert not cache_is_unavailable(cache)


def test_a_stalled_server_costs_one_timeout_then_the_cache_is_skipped(stalled_redis):
    with override_settings(CACHES=redis_cache(stalled_redis)):
        backend = caches["default"]
        value, first = timed(lambda: backend.get("anything", "missing"))
        assert value == "missing"
        assert 0.2 <= first < 1.0
        assert cache_is_unavailable(backend)
        _, rest = timed(lambda: [backend.get(f"key-{n}") for n in range(50)])
        assert rest < 0.05
        assert backend.add("key", 1) is False
        with pytest.raises(ValueError):
            backend.incr("key")


def test_the_server_is_tried_again_once_the_breaker_closes(closed_port):
    with override_settings(CACHES=redis_cache(f"redis://127.0.0.1:{closed_port}/0", breaker_seconds=0.3)):
        backend = caches["default"]
        assert backend.get("key") is None
        assert cache_is_unavailable(backend)
        time.sleep(0.35)
        assert not cache_is_unavailable(backend)
        assert backend.get("key") is None
        assert cache_is_unavailable(backend), "the retry failed too and opened the breaker again"


def test_a_missing_counter_is_not_an_outage():
    with pytest.raises(ValueError):
        cache.incr("no-such-counter")
    assert not cache_is_unavailable(cache)


def test_pages_render_quickly_while_the_cache_server_is_stalled(stalled_redis, page_cache, case):
    with override_settings(CACHES=redis_cache(stalled_redis)):
        client = Client()
        for path in ("/en/", "/en/best-practices/?country=SE", url_in(case, "en")):
            response, seconds = timed(lambda path=path: client.get(path))
            assert response.status_code == 200, path
            # Without the breaker each of a page's many cache calls would wait 0.25 s.
            assert seconds < 1.5, (path, seconds)
