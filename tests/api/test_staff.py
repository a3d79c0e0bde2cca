"""Staff's reports through the API: ordered, watched and downloaded as in the admin."""

import pytest

from django.utils import translation

from apps.api import tokens
from apps.reports.models import ReportRequest, Status
from tests.partners.factories import PartnerFactory
from tests.reports.factories import ReportRequestFactory, ReportStaffFactory

pytestmark = pytest.mark.django_db

REPORTS = "/api/v1/staff/reports/"


def headers_of(user, language="en") -> dict:
    _token, key = tokens.token_create(user=user, name="test")
    return {"Authorization": f"Token {key}", "Accept-Language": language}


def test_staff_order_a_report_watch_it_and_download_it(
    client, settings, tmp_path, django_capture_on_commit_callbacks
):
    settings.PRIVATE_MEDIA_ROOT = tmp_path
    staff = ReportStaffFactory(permissions=["add_reportrequest"])
    headers = headers_of(staff)
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            REPORTS, {"kind": "mapping", "format": "xlsx"}, content_type="application/json", headers=headers
        )
    assert response.status_code == 202, response.json()
    body = response.json()
    report = ReportRequest.objects.get(pk=body["id"])
    assert report.requested_by == staff and report.language == "en"
    assert response["Location"].endswith(body["url"])

    # The task ran (eagerly, in the tests): the status says so and offers the file.
    response = client.get(body["url"], headers=headers)
    assert response.status_code == 200
    status = response.json()
    assert status["status"] == Status.DONE and status["progress"] == 100
    assert "no-store" in response["Cache-Control"]
    response = client.get(status["download_url"], headers=headers)
    assert response.status_code == 200
    assert response["Content-Disposition"].startswith("attachment")
    assert b"".join(response.streaming_content)[:2] == b"PK"  # an XLSX is a zip

    # The list of the reports staff may see holds it.
    listed = client.get(REPORTS, headers=headers).json()
    assert [item["id"] for item in listed["results"]] == [report.pk]


def test_an_order_is_checked_by_the_admins_form_in_the_readers_language(client):
    staff = ReportStaffFactory(permissions=["add_reportrequest"])
    response = client.post(
        REPORTS,
        {"kind": "compendium", "format": "xlsx"},
        content_type="application/json",
        headers=headers_of(staff, "sv"),
    )
    assert response.status_code == 400
    details = response.json()["error"]["details"]
    assert set(details) == {"format", "country"}
    with translation.override("sv"):
        assert details["country"] == [translation.gettext("This report needs it.")]
    assert not ReportRequest.objects.exists()


def test_a_report_not_yet_made_is_not_downloaded(client):
    staff = ReportStaffFactory(permissions=["add_reportrequest"])
    report = ReportRequestFactory(requested_by=staff)
    response = client.get(f"{REPORTS}{report.pk}/download/", headers=headers_of(staff))
    assert response.status_code == 404
    assert response.json()["error"]["code"] == "not_found"


def test_staff_who_may_not_order_are_refused(client):
    staff = ReportStaffFactory(permissions=[])
    response = client.post(
        REPORTS,
        {"kind": "mapping", "format": "xlsx"},
        content_type="application/json",
        headers=headers_of(staff),
    )
    assert response.status_code == 403
    assert not ReportRequest.objects.exists()


def test_someone_elses_report_is_404_unless_one_is_report_staff(client):
    owner = ReportStaffFactory(permissions=["add_reportrequest"])
    report = ReportRequestFactory(requested_by=owner)
    other = ReportStaffFactory(permissions=["add_reportrequest"])
    for url in (f"{REPORTS}{report.pk}/", f"{REPORTS}{report.pk}/download/"):
        assert client.get(url, headers=headers_of(other)).status_code == 404
    assert client.get(REPORTS, headers=headers_of(other)).json()["results"] == []
    watcher = ReportStaffFactory(permissions=["view_reportrequest"])
    assert client.get(f"{REPORTS}{report.pk}/", headers=headers_of(watcher)).status_code == 200


def test_partners_and_anonymous_clients_are_refused(client):
    report = ReportRequestFactory()
    partner = PartnerFactory()
    for url in (REPORTS, f"{REPORTS}{report.pk}/", f"{REPORTS}{report.pk}/download/"):
        assert client.get(url).status_code == 401
        assert client.get(url, headers=headers_of(partner)).status_code == 403
    response = client.post(
        REPORTS,
        {"kind": "mapping", "format": "xlsx"},
        content_type="application/json",
        headers=headers_of(partner),
    )
    assert response.status_code == 403 and response.json()["error"]["code"] == "permission_denied"
