import os
import socket

import pytest
from celery.result import _set_task_join_will_block

from django.conf import settings
from django.contrib.staticfiles.handlers import StaticFilesHandler
from django.core.management import call_command
from django.test.testcases import LiveServerThread
from django.utils import translation

from apps.core.caching.backend import close_all_breakers
from apps.core.i18n import LANGUAGE_CODES
from tests.helpers import empty_suite_cache
from tests.n_plus_one import watch_n_plus_one
from tests.practices.factories import PracticePageFactory
from tests.users.factories import UserFactory


def pytest_collection_modifyitems(items):
    """Every test that drives the browser (the `browser` fixture, directly or through another) is
    marked e2e, wherever it lives: `make check` leaves them out with `-m "not e2e"`.

    The tests that start processes of their own (`slow`: the benchmark's smoke run, the migrations'
    round trip, workers) run first, then the browser's, each group in its own order: the workers
    of `make test` share the long ones out at the start instead of one waiting on the other at the
    end."""
    for item in items:
        if "browser" in getattr(item, "fixturenames", ()) and not item.get_closest_marker("e2e"):
            item.add_marker(pytest.mark.e2e)
    items.sort(key=_start_order)


def _start_order(item) -> int:
    return 0 if item.get_closest_marker("slow") else 1 if item.get_closest_marker("e2e") else 2


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The real content, loaded once for the session; every test runs in a rolled-back transaction."""
    with django_db_blocker.unblock():
        call_command("load_buicasus", stdout=open("/dev/null", "w"))
    yield
    with django_db_blocker.unblock():
        _end_other_sessions()


def _end_other_sessions():
    """Connections that threads of the browser tests opened are never closed by their owners;
    end them, so the test database can be dropped."""
    from django.db import connection

    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )


@pytest.fixture
def languages():
    return list(LANGUAGE_CODES)


@pytest.fixture
def case(db):
    """A published case of the library, for a test that needs one but not a particular one."""
    return PracticePageFactory(title="Shared Harbour Kitchen", country="SE")


@pytest.fixture
def superuser(db):
    return UserFactory(superuser=True)


@pytest.fixture
def admin_client(client, superuser):
    """A client logged in as a superuser of the portal (an e-mail login, English admin)."""
    client.force_login(superuser)
    return client


@pytest.fixture
def page_cache(settings):
    """The anonymous page cache, which the test settings leave off, on as in production."""
    settings.PAGE_CACHE_SECONDS = 300


@pytest.fixture(autouse=True)
def fresh_cache():
    """The cache is not rolled back with the database: start every test with an empty one.

    Only this suite's own keys are removed, so a shared Redis keeps everyone else's.
    """
    empty_suite_cache()
    close_all_breakers()


@pytest.fixture(autouse=True)
def no_n_plus_one():
    """An N+1 query fails the test: in its own body, its fixtures and the tasks it runs in place.

    The requests it makes are watched by zeal's middleware (test settings), each on its own.
    """
    with watch_n_plus_one():
        yield


@pytest.fixture(autouse=True)
def default_language():
    """A request leaves its language active in the thread; start every test in the default one."""
    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture(autouse=True)
def celery_outside_a_task():
    """Start every test outside a Celery task: a worker an earlier test ran in a thread of this process
    (celery.contrib.testing's start_worker) can leave Celery believing the process is a worker's, and
    then an eager task's `.get()` refuses to block ("Never call result.get() within a task!")."""
    _set_task_join_will_block(False)


@pytest.fixture
def stalled_redis():
    """The URL of a server that accepts connections and never answers, like a hung Redis.

    The kernel completes the handshake for the listening socket's backlog, so connecting
    succeeds; nothing ever reads or writes, so every command waits for its timeout.
    """
    server = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    server.bind(("127.0.0.1", 0))
    server.listen(128)
    try:
        yield f"redis://127.0.0.1:{server.getsockname()[1]}/0"
    finally:
        server.close()


@pytest.fixture
def closed_port():
    """A local port on which nothing listens: connecting is refused at once."""
    probe = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    probe.bind(("127.0.0.1", 0))
    port = probe.getsockname()[1]
    probe.close()
    return port


@pytest.fixture(scope="session")
def portal_url(django_db_setup, django_db_blocker):
    """The portal served from the test database, whose content the session loaded and committed.

    A thread of our own rather than pytest-django's live_server: that one needs a transactional
    test, whose flush would empty the database for every test after it.
    """
    with django_db_blocker.unblock():
        thread = LiveServerThread("127.0.0.1", StaticFilesHandler, port=0)
        thread.daemon = True
        thread.start()
        thread.is_ready.wait()
        if thread.error:
            raise thread.error
        yield f"http://127.0.0.1:{thread.port}"
        thread.terminate()


CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]


@pytest.fixture(scope="session")
def browser(portal_url):
    """Debian's Chromium through Playwright, for the browser journeys (tests/e2e) and the quality
    harness (tests/quality). Started after the server, so the database is set up before Playwright
    runs its event loop."""
    from playwright.sync_api import sync_playwright

    # Playwright's sync API keeps an event loop in the test thread; Django's database calls made by
    # the tests themselves (fixtures, clean-up) would otherwise be refused as "async unsafe".
    os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=CHROMIUM_ARGS)
        yield browser
        browser.close()
