import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from django.test import override_settings

from tests.helpers import url_in
from tests.users.factories import UserFactory

ROOT = Path(__file__).resolve().parents[2]
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
    dead = {"default": {"BACKEND": "apps.core.caching.backend.ResilientRedisCache", "LOCATION": DEAD_REDIS}}
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


def test_pages_still_render_when_the_cache_server_is_down(client, page_cache, case):
    dead = {"default": {"BACKEND": "apps.core.caching.backend.ResilientRedisCache", "LOCATION": DEAD_REDIS}}
    with override_settings(CACHES=dead):
        for path in ("/en/", "/sv/goda-exempel/?country=SE", url_in(case, "lv")):
            assert client.get(path).status_code == 200, path


def dead_cache(location):
    return {
        "default": {
            "BACKEND": "apps.core.caching.backend.ResilientRedisCache",
            "LOCATION": location,
            "OPTIONS": {"socket_connect_timeout": 0.25, "socket_timeout": 0.25},
        }
    }


def test_healthz_names_a_stalled_redis_within_two_seconds(client, stalled_redis):
    with override_settings(
        REDIS_URL=stalled_redis, CELERY_BROKER_URL=stalled_redis, CACHES=dead_cache(stalled_redis)
    ):
        started = time.monotonic()
        response = client.get("/healthz")
        elapsed = time.monotonic() - started
    assert response.status_code == 503
    assert response.json()["down"] == ["cache", "broker"]
    assert elapsed < 2.0, elapsed


def test_healthz_shows_only_component_names_to_the_public(client):
    dead = dead_cache(DEAD_REDIS)
    with override_settings(REDIS_URL=DEAD_REDIS, CELERY_BROKER_URL=DEAD_REDIS, CACHES=dead):
        response = client.get("/healthz", REMOTE_ADDR="203.0.113.9")
    assert response.status_code == 503
    body = response.json()
    assert body["down"] == ["cache", "broker"]
    assert body["services"] == {"database": "ok", "cache": "down", "broker": "down"}
    assert "127.0.0.1" not in response.content.decode()


def test_healthz_shows_details_to_staff(client):
    client.force_login(UserFactory(is_staff=True))
    response = client.get("/healthz", REMOTE_ADDR="203.0.113.9")
    assert response.json()["services"]["database"] == "ok (postgresql)"


def test_behind_a_proxy_details_follow_the_client_address_not_the_proxy(client, settings):
    settings.RATELIMIT_IP_META_KEY = "HTTP_X_REAL_IP"
    response = client.get("/healthz", REMOTE_ADDR="127.0.0.1", HTTP_X_REAL_IP="203.0.113.9")
    assert response.json()["services"]["database"] == "ok"


@pytest.mark.slow
def test_healthz_answers_json_naming_the_database_when_it_is_unreachable(closed_port):
    """In a process of its own whose database is a port where nothing listens."""
    script = (
        "import django; django.setup(); from django.test import Client; "
        "r = Client().get('/healthz', HTTP_HOST='127.0.0.1'); "
        "print(r.status_code, r['Content-Type'], r.content.decode())"
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "buicasus.settings.test",
        "DATABASE_URL": f"postgres://postgres@127.0.0.1:{closed_port}/nowhere",
    }
    result = subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    status, content_type, body = result.stdout.strip().splitlines()[-1].split(" ", 2)
    assert (status, content_type) == ("503", "application/json")
    body = json.loads(body)
    assert body["down"] == ["database"]
    assert body["services"]["cache"].startswith("ok")
