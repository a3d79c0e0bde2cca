"""What may reach the page cache: restrictions, hosts, ports, junk parameters, and framing."""

import os
import socket
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlparse

import pytest
import redis

from django.conf import settings
from django.db import connection

from tests.helpers import url_in

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
# A real case: another process and the browser tests' server see only committed content.
CASE = "/en/best-practices/cap-impact/"
CASE_TITLE = "Cap Impact"
LISTING = "/en/best-practices/?country=FR"


def page_keys() -> list[bytes]:
    client = redis.Redis.from_url(settings.CACHES["default"]["LOCATION"])
    try:
        return list(client.scan_iter(match=f"{settings.CACHES['default']['KEY_PREFIX']}:*:page:*"))
    finally:
        client.close()


def restrict_in_another_process(kind: str) -> None:
    """Set or lift the case's view restriction the way an editor's worker would: in its own process."""
    script = (
        "from wagtail.models import Page, PageViewRestriction\n"
        "page = Page.objects.get(slug_en='cap-impact')\n"
        "PageViewRestriction.objects.filter(page=page).delete()\n"
        f"kind = {kind!r}\n"
        "if kind == 'login':\n"
        "    PageViewRestriction.objects.create(page=page, restriction_type='login')\n"
        "elif kind == 'password':\n"
        "    PageViewRestriction.objects.create(page=page, restriction_type='password', password='s3cret')\n"
    )
    database = urlparse(os.environ.get("DATABASE_URL", "postgres://postgres@127.0.0.1:5432/buicasus"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "buicasus.settings.test",
        "DATABASE_URL": database._replace(path=f"/{connection.settings_dict['NAME']}").geturl(),
        "REDIS_URL": settings.CACHES["default"]["LOCATION"],
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr


@pytest.mark.slow
def test_a_page_made_private_is_never_served_from_the_cache(client, page_cache):
    """This process keeps the public page in memory and trusts its versions; another one restricts it."""
    assert client.get(CASE)["X-Page-Cache"] == "miss"
    assert client.get(CASE)["X-Page-Cache"] == "hit"
    assert CASE_TITLE in client.get(LISTING).content.decode()
    try:
        restrict_in_another_process("login")
        response = client.get(CASE)
        assert response.status_code == 302 and response["Location"].startswith("/en/account/sign-in/")
        assert response.get("X-Page-Cache") is None
        assert CASE_TITLE not in client.get(LISTING).content.decode()

        restrict_in_another_process("password")
        for _ in range(2):
            response = client.get(CASE)
            assert response.get("X-Page-Cache") is None  # neither served from nor stored in the cache
            assert "password" in response.content.decode().lower()
            assert CASE_TITLE not in response.content.decode()
    finally:
        restrict_in_another_process("public")
    response = client.get(CASE)
    assert response.status_code == 200 and CASE_TITLE in response.content.decode()
    assert CASE_TITLE in client.get(LISTING).content.decode()


def test_junk_parameters_share_one_entry(client, page_cache):
    for number in range(1000):
        response = client.get(f"{LISTING}&utm_source=mail{number}&fbclid={number}")
        assert response.status_code == 200
    assert len(page_keys()) == 1
    # The parameters the page knows still make pages of their own, whatever their order.
    client.get("/en/best-practices/?sort=title&country=FR")
    client.get("/en/best-practices/?country=FR&sort=title&ref=x")
    assert len(page_keys()) == 2


def test_a_foreign_port_never_ends_up_in_a_cached_page(client, page_cache, case):
    url = url_in(case, "en")
    foreign = client.get(url, HTTP_HOST="127.0.0.1:6666")
    assert foreign.status_code == 200 and foreign.get("X-Page-Cache") is None
    assert page_keys() == []
    response = client.get(url, HTTP_HOST="127.0.0.1")
    assert response["X-Page-Cache"] == "miss"
    again = client.get(url, HTTP_HOST="127.0.0.1")
    assert again["X-Page-Cache"] == "hit" and "6666" not in again.content.decode()


def test_hosts_and_schemes_have_entries_of_their_own(client, page_cache, settings, case):
    settings.ALLOWED_HOSTS = ["127.0.0.1", "ccsi.example.org"]
    url = url_in(case, "en")
    client.get(url, HTTP_HOST="127.0.0.1")
    other = client.get(url, HTTP_HOST="ccsi.example.org")
    assert other["X-Page-Cache"] == "miss"
    assert "http://127.0.0.1" not in other.content.decode()
    secure = client.get(url, HTTP_HOST="ccsi.example.org", secure=True)
    assert secure["X-Page-Cache"] == "miss"


def test_a_refused_host_gets_400_even_for_a_cached_page(client, page_cache, case):
    url = url_in(case, "en")
    assert client.get(url)["X-Page-Cache"] == "miss"
    assert client.get(url, HTTP_HOST="evil.example").status_code == 400


def raw_get(url: str) -> tuple[int, bytes]:
    """The declared Content-Length and the bytes that followed the headers, read off the socket."""
    parts = urlparse(url)
    with socket.create_connection((parts.hostname, parts.port), timeout=30) as sock:
        request = f"GET {parts.path}{'?' + parts.query if parts.query else ''} HTTP/1.1\r\n"
        request += f"Host: {parts.hostname}:{parts.port}\r\nConnection: close\r\n\r\n"
        sock.sendall(request.encode())
        received = b""
        while chunk := sock.recv(65536):
            received += chunk
    head, body = received.split(b"\r\n\r\n", 1)
    lines = head.decode("latin-1").split("\r\n")
    headers = {line.split(":", 1)[0].lower(): line.split(":", 1)[1].strip() for line in lines[1:]}
    return int(headers["content-length"]), body, headers.get("x-page-cache")


PAGE_TYPES = {
    "home": "/sv/",
    "standard": "/fr/a-propos/",
    "library": "/en/best-practices/?country=SE&q=social",
    "country": "/lv/laba-prakse/spanija/",
    "case with a form": "/es/buenas-practicas/cap-impact/",
    "feed": "/en/feeds/practices/",
}


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_declared_length_is_the_body_off_and_on_a_miss_and_on_a_hit(portal_url, settings, name):
    port = urlparse(portal_url).port
    settings.PAGE_CACHE_PORTS = [port]
    url = portal_url + PAGE_TYPES[name]
    settings.PAGE_CACHE_SECONDS = 0
    length, body, state = raw_get(url)
    assert (length, state) == (len(body), None)
    settings.PAGE_CACHE_SECONDS = 300
    for expected in ("miss", "hit"):
        length, body, state = raw_get(url)
        assert state == expected
        assert length == len(body), f"{name} {expected}: declared {length}, sent {len(body)}"
        assert body.rstrip().endswith((b"</html>", b"</feed>"))
