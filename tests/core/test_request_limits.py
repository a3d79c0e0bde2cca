"""Bodies over REQUEST_BODY_MAX_BYTES are refused, translated, before they are read; the proxy agrees."""

import io
import re
from pathlib import Path

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections
from django.http import JsonResponse
from django.test import RequestFactory
from django.urls import path, resolve, reverse
from django.utils import translation
from django.views.decorators.csrf import csrf_exempt

from apps.core.web.request_limits import request_too_large
from apps.notifications.models import Subscriber
from tests.helpers import html_of

pytestmark = pytest.mark.django_db

ROOT = Path(__file__).resolve().parents[2]
NGINX = ROOT / "deploy" / "nginx.conf"
calls = []


@csrf_exempt
def upload(request):
    calls.append(request)
    sizes = {name: file.size for name, file in request.FILES.items()}
    return JsonResponse(sizes | dict(request.POST.items()))


urlpatterns = [path("upload/", upload)]


@pytest.fixture(autouse=True)
def no_calls():
    calls.clear()


def nginx_bytes(size: str) -> int:
    number, unit = re.fullmatch(r"(\d+)([kKmMgG]?)", size).groups()
    return int(number) * {"": 1, "k": 1024, "m": 1024**2, "g": 1024**3}[unit.lower()]


def nginx_directive(name: str) -> str:
    [value] = re.findall(rf"^\s*{name}\s+([^;]+);", NGINX.read_text(), flags=re.MULTILINE)
    return value.strip()


@pytest.mark.urls(__name__)
def test_a_body_declared_over_the_limit_is_refused_unread_and_the_view_never_runs(client, settings):
    # The test client's input raises if more is read than it holds: the 300 MB are never asked for.
    response = client.post(
        "/upload/",
        {"name": "x"},
        CONTENT_LENGTH=str(300 * 1024 * 1024),
        HTTP_ACCEPT_LANGUAGE="fr",
    )
    assert response.status_code == 413
    assert calls == []
    page = html_of(response)
    assert page.html["lang"] == "fr"
    assert page.h1.get_text() == "Ce que vous avez envoyé est trop volumineux"
    assert "au plus 25 Mo envoyés en une fois" in response.content.decode()
    assert "chaque fichier peut faire au plus 10 Mo" in response.content.decode()


@pytest.mark.urls(__name__)
def test_one_byte_over_the_setting_is_refused_and_the_setting_is_read_each_time(client, settings):
    settings.REQUEST_BODY_MAX_BYTES = 1000
    body = "x" * 1200
    assert client.post("/upload/", {"text": body}).status_code == 413
    assert calls == []
    settings.REQUEST_BODY_MAX_BYTES = 10_000
    assert client.post("/upload/", {"text": body}).status_code == 200


def test_a_form_of_the_portal_is_refused_in_the_language_of_its_address(client):
    with translation.override("sv"):
        url = reverse("notifications:subscribe")
    response = client.post(
        url,
        {"email": "lasare@example.se", "language": "sv", "frequency": "daily"},
        CONTENT_LENGTH=str(26 * 1024 * 1024),
    )
    assert response.status_code == 413
    assert html_of(response).h1.get_text() == "Det du skickade är för stort"
    assert "Content-Security-Policy" in response
    assert not Subscriber.objects.exists()


@pytest.mark.urls(__name__)
def test_a_legitimate_upload_still_works(client):
    # Larger than FILE_UPLOAD_MAX_MEMORY_SIZE, so it goes through a temporary file.
    content = b"%PDF-1.4\n" + b"0" * (3 * 1024 * 1024)
    response = client.post("/upload/", {"name": "report", "file": SimpleUploadedFile("report.pdf", content)})
    assert response.status_code == 200
    assert response.json() == {"file": len(content), "name": "report"}
    assert len(calls) == 1


class CountingInput(io.BytesIO):
    def __init__(self, data: bytes):
        super().__init__(data)
        self.bytes_read = 0

    def read(self, size=-1):
        chunk = super().read(size)
        self.bytes_read += len(chunk)
        return chunk

    def readline(self, size=-1):
        line = super().readline(size)
        self.bytes_read += len(line)
        return line


@pytest.mark.urls(__name__)
def test_a_chunked_body_without_content_length_is_never_read():
    body = (
        b'--B\r\nContent-Disposition: form-data; name="file"; filename="big.pdf"\r\n'
        b"Content-Type: application/pdf\r\n\r\n" + b"0" * (1024 * 1024) + b"\r\n--B--\r\n"
    )
    stream = CountingInput(body)
    environ = RequestFactory()._base_environ(
        PATH_INFO="/upload/",
        REQUEST_METHOD="POST",
        CONTENT_TYPE="multipart/form-data; boundary=B",
        HTTP_TRANSFER_ENCODING="chunked",
    )
    environ.pop("CONTENT_LENGTH", None)
    environ["wsgi.input"] = stream
    statuses = []
    # As Django's test client does: the test's transaction must outlive the request.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        result = WSGIHandler()(environ, lambda status, headers: statuses.append(status))
        content = b"".join(result)
        result.close()
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    assert content == b"{}"
    assert statuses == ["200 OK"]
    assert stream.bytes_read == 0


def test_the_proxy_refuses_what_the_portal_refuses(settings):
    assert nginx_bytes(nginx_directive("client_max_body_size")) == settings.REQUEST_BODY_MAX_BYTES
    # Two attachments of the largest size fit, with the form's fields.
    assert settings.REQUEST_BODY_MAX_BYTES > 2 * settings.UPLOAD_MAX_BYTES
    assert settings.DATA_UPLOAD_MAX_MEMORY_SIZE < settings.REQUEST_BODY_MAX_BYTES


def test_the_proxys_413_is_the_portals_translated_page(client):
    code, url = nginx_directive("error_page").split()
    assert code == "413"
    assert resolve(url).func is request_too_large
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="lv")
    assert response.status_code == 413
    assert html_of(response).html["lang"] == "lv"
    assert html_of(response).h1.get_text() == "Nosūtītais ir pārāk liels"
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]
