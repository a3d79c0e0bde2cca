"""Every error under /api/ comes as the API's JSON, in the request's language, never as HTML."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

pytestmark = pytest.mark.django_db


def error_of(response, status):
    assert response.status_code == status
    assert response["Content-Type"].startswith("application/json")
    body = response.json()["error"]
    assert body["status"] == status
    return body


def test_an_unknown_case_is_a_json_404_in_the_requests_language(api):
    body = error_of(api.get("/api/v1/practices/no-such-case/", HTTP_ACCEPT_LANGUAGE="sv"), 404)
    assert body["code"] == "not_found"
    assert body["message"] == "Hittades inte."


def test_an_unknown_address_is_a_json_404_not_a_redirect_to_the_pages(api):
    body = error_of(api.get("/api/v1/no-such-endpoint/", {"lang": "fr"}), 404)
    assert (
        body["message"]
        == error_of(api.get("/api/v1/practices/no-such-case/", {"lang": "fr"}), 404)["message"]
    )
    assert body["message"] != "Not found."


def test_a_method_the_endpoint_does_not_take_is_a_json_405(api):
    response = api.post("/api/v1/practices/", {}, format="json")
    body = error_of(response, 405)
    assert body["code"] == "method_not_allowed"
    assert "GET" in response["Allow"]


def test_a_server_error_is_json(api, monkeypatch):
    from apps.api.public import mapping

    def broken(self):
        raise RuntimeError("database on fire")

    monkeypatch.setattr(mapping.ComparisonViewSet, "_comparison", broken)
    api.raise_request_exception = False
    body = error_of(api.get("/api/v1/mapping/comparison/"), 500)
    assert body["code"] == "server_error"
    assert "fire" not in body["message"]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(path=st.text(alphabet=st.characters(codec="utf-8", exclude_characters="?#\x00"), max_size=40))
def test_no_address_under_the_api_answers_html(api, path):
    response = api.get(f"/api/v1/{path}")
    assert response.status_code < 500
    if response.status_code >= 400:
        assert response["Content-Type"].startswith("application/json")
