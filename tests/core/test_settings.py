"""The settings modes, each in a fresh process, as a deployment would start them."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "x7Gq-2pVd9LmW4tZ8rKc1NbY6sHf3JeA0uQiOoPlMnBvCxZaSdFgHjKl"
pytestmark = pytest.mark.slow


def manage(*args, env_overrides):
    unwanted = ("SECRET_KEY", "DEBUG", "DJANGO_ALLOW_ASYNC_UNSAFE")
    env = {key: value for key, value in os.environ.items() if key not in unwanted}
    env.update(env_overrides)
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def test_production_refuses_to_start_without_secret_key():
    result = manage(
        "check",
        env_overrides={
            "DJANGO_SETTINGS_MODULE": "buicasus.settings.production",
            "ALLOWED_HOSTS": "ccsi.example.org",
        },
    )
    assert result.returncode != 0
    assert "SECRET_KEY is missing or too weak" in result.stderr


def test_production_refuses_the_development_key():
    result = manage(
        "check",
        env_overrides={
            "DJANGO_SETTINGS_MODULE": "buicasus.settings.production",
            "SECRET_KEY": "django-insecure-local-development-key-never-use-in-production",
            "ALLOWED_HOSTS": "ccsi.example.org",
        },
    )
    assert result.returncode != 0
    assert "SECRET_KEY is missing or too weak" in result.stderr


def test_production_with_a_real_key_passes_check_deploy():
    result = manage(
        "check",
        "--deploy",
        "--fail-level",
        "WARNING",
        env_overrides={
            "DJANGO_SETTINGS_MODULE": "buicasus.settings.production",
            "SECRET_KEY": STRONG_KEY,
            "ALLOWED_HOSTS": "ccsi.example.org",
        },
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "System check identified no issues" in result.stdout


def test_embedded_default_migrates_loads_and_renders_home(tmp_path):
    """No DATABASE_URL, no REDIS_URL: SQLite, local-memory cache and tasks in-process."""
    env = {
        "DJANGO_SETTINGS_MODULE": "buicasus.settings.dev",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'embedded.sqlite3'}",
        "REDIS_URL": "",
    }
    for step in (["migrate", "--noinput"], ["load_buicasus"]):
        result = manage(*step, env_overrides=env)
        assert result.returncode == 0, result.stderr
    script = (
        "from django.test import Client; from django.conf import settings; "
        "c = Client(HTTP_HOST='127.0.0.1'); r = c.get('/sv/'); h = c.get('/healthz'); "
        "print(r.status_code, '<html lang=\"sv\">' in r.content.decode(), h.status_code, "
        "settings.CELERY_TASK_ALWAYS_EAGER, settings.CACHES['default']['BACKEND'].rsplit('.', 1)[-1])"
    )
    result = manage("shell", "-c", script, env_overrides=env)
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip().splitlines()[-1].split() == ["200", "True", "200", "True", "LocMemCache"]


def production_setting(name, **env):
    result = manage(
        "shell",
        "-c",
        f"from django.conf import settings; print(settings.{name})",
        env_overrides={
            "DJANGO_SETTINGS_MODULE": "buicasus.settings.production",
            "SECRET_KEY": STRONG_KEY,
            "ALLOWED_HOSTS": "ccsi.example.org",
            **env,
        },
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1]


def test_hsts_preload_is_an_opt_in():
    assert production_setting("SECURE_HSTS_PRELOAD") == "False"
    assert production_setting("SECURE_HSTS_PRELOAD", SECURE_HSTS_PRELOAD="true") == "True"


@pytest.mark.parametrize(
    ("url", "worker", "expected"),
    [
        ("redis://127.0.0.1:6379/0", "gw0", "redis://127.0.0.1:6379/0"),
        ("redis://127.0.0.1:6379/0", "gw1", "redis://127.0.0.1:6379/1"),
        ("redis://127.0.0.1:6379/4", "gw3", "redis://127.0.0.1:6379/7"),
        ("redis://:secret@cache:6380", "gw2", "redis://:secret@cache:6380/2"),
    ],
)
def test_each_test_worker_gets_a_redis_database_of_its_own(url, worker, expected):
    from buicasus.settings.test import _redis_of_worker

    assert _redis_of_worker(url, worker) == expected


def test_a_process_a_test_starts_keeps_its_worker_s_redis_database():
    """The worker's id is not handed on, so the test settings read in a child process move nowhere."""
    script = "from django.conf import settings; print(settings.REDIS_URL)"
    env = {**os.environ, "DJANGO_SETTINGS_MODULE": "buicasus.settings.test"}
    result = subprocess.run(
        [sys.executable, "-c", f"import django; django.setup(); {script}"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == os.environ["REDIS_URL"]
    assert "PYTEST_XDIST_WORKER" not in os.environ
