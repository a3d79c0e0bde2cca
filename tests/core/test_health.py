import pytest

from django.test import override_settings

pytestmark = pytest.mark.django_db

DEAD_REDIS = "redis://127.0.0.1:1/0"


def test_healthz_is_ok_when_postgres_and_redis_answer(client):
    response = client.get("/healthz")
    assert response.status_code == 200
    body = response.json()
    assert body["status"] == "ok"
    assert body["services"]["database"] == "ok (postgresql)"
    assert body["services"]["cache"] == "ok (ResilientRedisCache)"
    assert body["services"]["broker"] == "ok (redis)"


def test_healthz_names_redis_when_it_is_down(client):
    dead = {"default": {"BACKEND": "apps.core.cache_backend.ResilientRedisCache", "LOCATION": DEAD_REDIS}}
    with override_settings(REDIS_URL=DEAD_REDIS, CELERY_BROKER_URL=DEAD_REDIS, CACHES=dead):
        response = client.get("/healthz")
    assert response.status_code == 503
    body = response.json()
    assert body["status"] == "down"
    assert body["down"] == ["cache", "broker"]
    assert body["services"]["database"].startswith("ok")
    assert "redis at redis://127.0.0.1:1/0" in body["services"]["broker"]
    assert "redis at redis://127.0.0.1:1/0" in body["services"]["cache"]


def test_healthz_is_not_cached(client):
    assert "no-cache" in client.get("/healthz")["Cache-Control"]


def test_pages_still_render_when_the_cache_server_is_down(client, settings):
    dead = {"default": {"BACKEND": "apps.core.cache_backend.ResilientRedisCache", "LOCATION": DEAD_REDIS}}
    settings.PAGE_CACHE_SECONDS = 300
    with override_settings(CACHES=dead):
        for path in ("/en/", "/sv/goda-exempel/?country=SE", "/lv/laba-prakse/cap-impact/"):
            assert client.get(path).status_code == 200, path
