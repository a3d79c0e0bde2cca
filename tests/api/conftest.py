import pytest
import schemathesis
from rest_framework.test import APIClient

from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections


@pytest.fixture
def api(db):
    """An anonymous client of the API, from one address."""
    return APIClient(REMOTE_ADDR="203.0.113.7")


@pytest.fixture
def api_schema(db, settings, tmp_path):
    """The API's generated schema, loaded by Schemathesis through the WSGI application."""
    settings.API_THROTTLE_ANONYMOUS = settings.API_THROTTLE_USER = "100000/min"
    # A generated upload that reaches the partner's own entry is stored here, not in the suite's store.
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    # As Django's test client does: the test's transaction outlives each request.
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/v1/schema/?format=json", get_wsgi_application())
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
