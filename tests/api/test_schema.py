"""The OpenAPI schema describes the API as it answers: checked by drf-spectacular and by Schemathesis.

Schemathesis calls every operation of the generated schema with data drawn from it (bounded in
examples) through the WSGI application, anonymously and as a signed-in partner, and checks that no
answer is a server error or breaks the schema (status, content type, body).
"""

import pytest
import schemathesis
from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

from django.core.management import call_command
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections

from tests.mapping.factories import MappingEntryFactory

# Examples per operation: enough to reach every parameter, bounded so the suite stays quick.
EXAMPLES = 6
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


def test_the_schema_is_valid_and_warns_of_nothing(db, tmp_path):
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "schema.yaml"))
    assert "/api/v1/practices/" in (tmp_path / "schema.yaml").read_text()


@pytest.fixture
def api_schema(db, settings, tmp_path):
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


def call_every_operation(schema, headers=None) -> list[str]:
    """Call each operation with examples drawn from the schema; return the operations called."""
    called = []
    for result in schema.get_all_operations():
        operation = result.ok()

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None
        )
        def call(case):
            case.call_and_validate(headers=headers, checks=CHECKS)

        call()
        called.append(operation.label)
    return called


def test_every_operation_anonymously(api_schema):
    called = call_every_operation(api_schema)
    assert "GET /api/v1/practices/" in called
    assert any(label.startswith("POST /api/v1/partner/") for label in called)


@pytest.fixture
def partner_token(db):
    from apps.api.tokens import token_create

    entry = MappingEntryFactory()
    return token_create(user=entry.created_by, name="Schemathesis")[1]


def test_every_operation_as_a_partner(api_schema, partner_token):
    call_every_operation(api_schema, headers={"Authorization": f"Token {partner_token}"})
