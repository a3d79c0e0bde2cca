"""Schemathesis on the partner and staff endpoints alone: no 5xx, nothing outside the schema.

tests/api/test_schema.py calls the whole API; this calls only these operations, with more
examples each, as a partner with entries and files of their own and as report staff.
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

from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.signals import request_finished, request_started
from django.core.wsgi import get_wsgi_application
from django.db import close_old_connections

from apps.api.tokens import token_create
from apps.mapping import services
from tests.mapping.factories import MappingEntryFactory
from tests.reports.factories import ReportRequestFactory, ReportStaffFactory

pytestmark = pytest.mark.django_db

EXAMPLES = 15
CHECKS = [not_a_server_error, status_code_conformance, content_type_conformance, response_schema_conformance]
PREFIXES = ("/api/v1/partner/", "/api/v1/staff/")


@pytest.fixture
def api_schema(settings, tmp_path):
    settings.API_THROTTLE_ANONYMOUS = settings.API_THROTTLE_USER = "100000/min"
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    try:
        yield schemathesis.openapi.from_wsgi("/api/v1/schema/?format=json", get_wsgi_application())
    finally:
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)


def call_these_operations(schema, headers) -> list[str]:
    called = []
    for result in schema.get_all_operations():
        operation = result.ok()
        if not operation.path.startswith(PREFIXES):
            continue

        @given(case=operation.as_strategy())
        @settings(
            max_examples=EXAMPLES, deadline=None, suppress_health_check=list(HealthCheck), database=None
        )
        def call(case):
            case.call_and_validate(headers=headers, checks=CHECKS)

        call()
        called.append(operation.label)
    return called


def test_the_partner_and_staff_operations_as_a_partner(api_schema):
    entry = MappingEntryFactory()
    services.attachment_add(
        entry=entry,
        user=entry.created_by,
        upload=SimpleUploadedFile("plan.pdf", b"%PDF-1.4\n%%EOF\n", content_type="application/pdf"),
    )
    key = token_create(user=entry.created_by, name="Schemathesis")[1]
    called = call_these_operations(api_schema, {"Authorization": f"Token {key}"})
    assert "PATCH /api/v1/partner/entries/{id}/" in called
    assert "POST /api/v1/staff/reports/" in called


def test_the_partner_and_staff_operations_as_report_staff(api_schema):
    staff = ReportStaffFactory(permissions=["add_reportrequest", "view_reportrequest"])
    ReportRequestFactory(requested_by=staff)
    key = token_create(user=staff, name="Schemathesis")[1]
    call_these_operations(api_schema, {"Authorization": f"Token {key}"})


def test_the_partner_and_staff_operations_anonymously(api_schema):
    call_these_operations(api_schema, None)
