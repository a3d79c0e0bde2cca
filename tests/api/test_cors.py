"""Any site's script may read the public records; the partner and staff endpoints allow no origin."""

import pytest

pytestmark = pytest.mark.django_db

ORIGIN = "https://research.example.eu"


def test_reads_allow_any_origin_without_credentials(api):
    response = api.get("/api/v1/practices/", HTTP_ORIGIN=ORIGIN)
    assert response["Access-Control-Allow-Origin"] == "*"
    assert not response.has_header("Access-Control-Allow-Credentials")


def test_a_preflight_allows_reading_only(api):
    response = api.options("/api/v1/practices/", HTTP_ORIGIN=ORIGIN, HTTP_ACCESS_CONTROL_REQUEST_METHOD="GET")
    assert response.status_code == 200
    assert set(response["Access-Control-Allow-Methods"].replace(" ", "").split(",")) == {
        "GET",
        "HEAD",
        "OPTIONS",
    }


@pytest.mark.parametrize("path", ["/api/v1/partner/", "/api/v1/staff/"])
def test_the_partner_and_staff_endpoints_allow_no_origin(api, path):
    response = api.options(path, HTTP_ORIGIN=ORIGIN, HTTP_ACCESS_CONTROL_REQUEST_METHOD="POST")
    assert not response.has_header("Access-Control-Allow-Origin")
