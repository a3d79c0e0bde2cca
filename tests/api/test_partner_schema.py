"""Schemathesis on the partner and staff endpoints alone: no 5xx, nothing outside the schema.

tests/api/test_schema.py calls the whole API; this calls only these operations, with more
examples each, as a partner with entries and files of their own and as report staff.
"""

import pytest

from django.core.files.uploadedfile import SimpleUploadedFile

from apps.api.tokens import token_create
from apps.mapping import services
from tests.api.schema_calls import call_operations
from tests.mapping.factories import MappingEntryFactory
from tests.reports.factories import ReportRequestFactory, ReportStaffFactory

pytestmark = pytest.mark.django_db

EXAMPLES = 15
PREFIXES = ("/api/v1/partner/", "/api/v1/staff/")


def call_these_operations(schema, headers) -> list[str]:
    return call_operations(schema, examples=EXAMPLES, headers=headers, prefixes=PREFIXES)


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
