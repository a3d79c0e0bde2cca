"""Schemathesis through the WSGI application (the `api_schema` fixture, tests/api/conftest.py):
the API's operations called with examples drawn from the generated schema, checking that no
answer is a server error or breaks the schema (status, content type, body)."""

from hypothesis import HealthCheck, given, settings
from schemathesis.checks import (
    content_type_conformance,
    not_a_server_error,
    response_schema_conformance,
    status_code_conformance,
)

CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]


def call_operations(schema, *, examples: int, headers=None, prefixes=("/",)) -> list[str]:
    """Call each operation whose path starts with one of prefixes; return the operations called."""
    called = []
    for result in schema.get_all_operations():
        operation = result.ok()
        if not operation.path.startswith(prefixes):
            continue

        @given(case=operation.as_strategy())
        @settings(
            max_examples=examples, deadline=None, suppress_health_check=list(HealthCheck), database=None
        )
        def call(case):
            case.call_and_validate(headers=headers, checks=CHECKS)

        call()
        called.append(operation.label)
    return called
