"""The test suite: PostgreSQL and Redis by default, as CI has them."""

import os
import tempfile
from pathlib import Path

os.environ.setdefault("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/buicasus")
os.environ.setdefault("REDIS_URL", "redis://127.0.0.1:6379/0")


def _redis_of_worker(url: str, worker: str) -> str:
    """The Redis database of one pytest-xdist worker: gw0 keeps the given one, gwN the one N above it,
    so workers never flush or read each other's cache, rate limits or queues."""
    from urllib.parse import urlsplit, urlunsplit

    parts = urlsplit(url)
    base = int(parts.path.strip("/") or 0)
    return urlunsplit(parts._replace(path=f"/{base + int(worker.removeprefix('gw'))}"))


# The worker's id is read once, here: processes a test starts (a Celery worker, gunicorn, a shell)
# inherit the worker's REDIS_URL and not the id, so they do not move one database further.
if (_worker := os.environ.pop("PYTEST_XDIST_WORKER", "")).startswith("gw"):
    os.environ["REDIS_URL"] = _redis_of_worker(os.environ["REDIS_URL"], _worker)

from .base import *  # noqa: E402, F403
from .base import CACHES, DATABASES, env  # noqa: E402

SECRET_KEY = env("SECRET_KEY", default="django-insecure-test-key")
DEBUG = False
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
# Tests share one Redis with whatever else runs here; a prefix of their own keeps them apart.
CACHES["default"]["KEY_PREFIX"] = "buicasus-test"
# Tasks run in-process unless a test starts a real worker; the broker is still Redis. A worker
# a test starts as a process of its own is given CELERY_TASK_ALWAYS_EAGER=false when the tasks
# it runs queue tasks of their own, as a production worker does.
CELERY_TASK_ALWAYS_EAGER = env.bool("CELERY_TASK_ALWAYS_EAGER", default=True)
# Tests that exercise the page cache turn it on themselves.
PAGE_CACHE_SECONDS = 0
# Threads of the browser tests' server must not keep connections to the test database open.
DATABASES["default"]["CONN_MAX_AGE"] = 0
# Files partners attach during the tests go to a folder of the test run, not the checkout's.
# A worker the tests start as a process of its own is handed the same folder.
PRIVATE_MEDIA_ROOT = Path(
    env("PRIVATE_MEDIA_ROOT", default="") or tempfile.mkdtemp(prefix="buicasus-test-private-")
)
# N+1 queries fail the tests (docs/testing.md). django-zeal is a development
# requirement: only these settings load it. Its middleware, outermost, watches every request the
# tests make (pages, the admin, tasks a view runs eagerly, the browser tests' server thread);
# tests/conftest.py watches each test's own body and the tasks it runs in place.
INSTALLED_APPS = [*INSTALLED_APPS, "zeal"]  # noqa: F405
MIDDLEWARE = ["zeal.middleware.zeal_middleware", *MIDDLEWARE]  # noqa: F405
ZEAL_RAISE = True
ZEAL_SHOW_ALL_CALLERS = True
# Only justified false positives, each with the reason; a real N+1 is fixed at its source.
ZEAL_ALLOWLIST = [
    # `.get()` twice from one line of the portal's code counts as an N+1; zeal names the line
    # after the first frame outside the libraries. So a helper or a service a test calls twice, a
    # Wagtail admin view looking its object up twice (under a middleware's line), a write reading
    # its own row (update_or_create, a page's save) all count. Reads of relations in a loop,
    # forward, reverse, many-to-many, generic and deferred fields, are still all caught.
    {"model": "*", "field": "get()"},
]
