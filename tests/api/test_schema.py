"""The OpenAPI schema describes the API as it answers: checked by drf-spectacular and by Schemathesis.

Schemathesis calls every operation of the generated schema with data drawn from it (bounded in
examples) through the WSGI application, anonymously and as a signed-in partner, and checks that no
answer is a server error or breaks the schema (status, content type, body).
"""

import pytest

from django.core.management import call_command

from tests.api.schema_calls import call_operations
from tests.mapping.factories import MappingEntryFactory

# Examples per operation: enough to reach every parameter, bounded so the suite stays quick.
EXAMPLES = 6


def test_the_schema_is_valid_and_warns_of_nothing(db, tmp_path):
    call_command("spectacular", "--validate", "--fail-on-warn", "--file", str(tmp_path / "schema.yaml"))
    assert "/api/v1/practices/" in (tmp_path / "schema.yaml").read_text()


def call_every_operation(schema, headers=None) -> list[str]:
    return call_operations(schema, examples=EXAMPLES, headers=headers)


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
