"""The compendia on the public site, and ordering, watching and downloading in the admin."""

import pytest

from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext

from apps.practices.models import CountryPage
from apps.reports import services
from apps.reports.models import ReportRequest, Status
from tests.helpers import element, html_of
from tests.reports.factories import ReportStaffFactory
from tests.users.factories import UserFactory

pytestmark = pytest.mark.django_db

COMPENDIUM = "/sv/rapporter/kompendium/se/"


def staff(*codenames: str):
    """Kept for the admin's tests, which still call it: ReportStaffFactory makes these staff."""
    return ReportStaffFactory(permissions=codenames)


# The public compendia


def test_the_country_page_links_to_its_compendium_at_no_cost_in_queries(client, django_assert_num_queries):
    page = CountryPage.objects.get(country="SE")
    client.get(page.get_url())
    # As many as the page had without the link (bench/README.md: "country", 2 queries).
    with django_assert_num_queries(2):
        response = client.get(page.get_url())
    assert response.status_code == 200
    link = element(response, ".report-link a")
    assert link["href"] == "/en/reports/compendium/se/"


@pytest.fixture
def sent_tasks(monkeypatch):
    """The tasks sent to the broker from here on (eager or not), by name."""
    from celery.app.task import Task

    sent = []
    real = Task.apply_async

    def apply_async(task, *args, **kwargs):
        sent.append(task.name)
        return real(task, *args, **kwargs)

    monkeypatch.setattr(Task, "apply_async", apply_async)
    return sent


def test_an_anonymous_reader_of_a_missing_compendium_queues_nothing(
    client, sent_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        responses = [client.get(COMPENDIUM) for _ in range(4)]
    assert all(response.status_code == 200 for response in responses)
    assert not ReportRequest.objects.exists()
    assert callbacks == [] and sent_tasks == []
    response = responses[-1]
    assert "no-store" in response["Cache-Control"] or "no-cache" in response["Cache-Control"]
    with translation.override("sv"):
        preparing = gettext("This compendium is being prepared. Please come back later.")
    assert element(response, ".wrap [role=status]").get_text(strip=True) == preparing
    # Nothing to poll: no progress box, no script.
    assert html_of(response).select_one(".report-progress") is None
    assert not html_of(response).select("script[src$='report-progress.js']")


def test_the_compendium_page_shows_the_kept_one_and_its_progress(
    client, django_assert_num_queries, sent_tasks
):
    services.compendia_prepare()
    sent_tasks.clear()
    client.get(COMPENDIUM)
    # Once the menus are cached: one read.
    with django_assert_num_queries(1):
        response = client.get(COMPENDIUM)
    assert response.status_code == 200 and sent_tasks == []
    bar = element(response, "progress")
    assert bar["max"] == "100" and bar["value"] == "0" and bar["aria-labelledby"] == "report-status"
    box = element(response, ".report-progress")
    assert box["data-status-url"] == "/sv/rapporter/kompendium/se/lage.json"
    assert element(response, ".report-progress__download").has_attr("hidden")
    # The page's script is a static file: the content security policy allows no inline script.
    scripts = html_of(response).select("script")
    assert scripts and all(script.get("src", "").endswith("report-progress.js") for script in scripts)


def test_status_answers_in_json_and_the_download_comes_when_done(client, django_assert_num_queries):
    status_url = "/sv/rapporter/kompendium/se/lage.json"
    assert client.get(status_url).status_code == 404
    services.compendia_prepare()
    with django_assert_num_queries(1):
        state = client.get(status_url).json()
    assert (state["status"], state["progress"], state["download_url"], state["error"]) == (
        "queued",
        0,
        None,
        "",
    )
    assert client.get("/sv/rapporter/kompendium/se/ladda-ner/").status_code == 404
    report = ReportRequest.objects.get(language="sv", parameters__country="SE")
    services.report_run(report_id=report.pk)
    response = client.get(status_url)
    assert "no-store" in response["Cache-Control"]
    state = response.json()
    assert state["status"] == "done" and state["progress"] == 100
    assert state["download_url"] == "/sv/rapporter/kompendium/se/ladda-ner/"
    download = client.get(state["download_url"])
    assert download.status_code == 200
    assert download["Content-Type"] == "application/pdf"
    assert b"".join(download.streaming_content).startswith(b"%PDF")
    # Once done, the page offers the download at once.
    page = client.get(COMPENDIUM)
    assert not element(page, ".report-progress__download").has_attr("hidden")


@pytest.mark.parametrize("country", ["xx", "SE", "se1"])
def test_an_unknown_country_is_not_found(client, country):
    assert client.get(f"/en/reports/compendium/{country}/").status_code == 404
    assert not ReportRequest.objects.exists()


# The admin


def refused(response) -> bool:
    """The admin answers a refusal with 403, or sends a signed-in person back to its dashboard."""
    return response.status_code == 403 or (
        response.status_code == 302 and response["Location"] == reverse("wagtailadmin_home")
    )


def order_data(**fields):
    return {"kind": "mapping", "country": "", "year": "", "language": "lv", "format": "xlsx", **fields}


def test_only_staff_with_the_permission_order(client):
    client.force_login(UserFactory(is_staff=False))
    assert client.post(reverse("reports_index"), order_data()).status_code == 302
    client.force_login(ReportStaffFactory(permissions=["view_reportrequest"]))
    response = client.get(reverse("reports_index"))
    assert response.status_code == 200
    assert html_of(response).select_one("form select[name=kind]") is None
    assert refused(client.post(reverse("reports_index"), order_data()))
    assert not ReportRequest.objects.exists()
    orderer = ReportStaffFactory(permissions=["add_reportrequest"])
    client.force_login(orderer)
    response = client.post(reverse("reports_index"), order_data())
    report = ReportRequest.objects.get()
    assert response.status_code == 302 and response["Location"] == reverse("reports_detail", args=[report.pk])
    assert (report.requested_by, report.language, report.format, report.is_public) == (
        orderer,
        "lv",
        "xlsx",
        False,
    )


def test_the_order_form_refuses_a_format_or_parameter_the_report_lacks(admin_client):
    response = admin_client.post(reverse("reports_index"), order_data(kind="register", format="pdf"))
    assert response.status_code == 200 and "format" in response.context["form"].errors
    response = admin_client.post(reverse("reports_index"), order_data(kind="annual", format="pdf"))
    assert "year" in response.context["form"].errors
    assert not ReportRequest.objects.exists()


def test_the_report_page_shows_progress_and_only_the_requester_and_report_staff_download(client):
    orderer = ReportStaffFactory(permissions=["add_reportrequest"])
    report = services.report_order(kind="register", parameters={}, language="fr", format="csv", user=orderer)
    services.report_run(report_id=report.pk)
    urls = [
        reverse(name, args=[report.pk]) for name in ("reports_detail", "reports_status", "reports_download")
    ]
    client.force_login(orderer)
    page = client.get(urls[0])
    assert page.status_code == 200
    assert element(page, "progress")["value"] == "100"
    assert client.get(urls[1]).json()["download_url"] == urls[2]
    assert client.get(urls[2]).status_code == 200
    client.force_login(ReportStaffFactory(permissions=["add_reportrequest"]))
    assert all(refused(client.get(url)) for url in urls)
    client.force_login(ReportStaffFactory(permissions=["view_reportrequest"]))
    assert [client.get(url).status_code for url in urls] == [200, 200, 200]
    client.logout()
    assert all(client.get(url)["Location"].startswith(reverse("wagtailadmin_login")) for url in urls)


def test_a_private_report_has_no_public_address(client):
    report = services.report_order(kind="mapping", parameters={}, language="en", format="pdf")
    ReportRequest.objects.filter(pk=report.pk).update(status=Status.DONE)
    # The public address serves compendia only: what it finds by country and language.
    assert client.get("/en/reports/compendium/se/download/").status_code == 404
