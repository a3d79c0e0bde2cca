"""Ordering, running, failing, restarting and tidying reports, with tasks run in-process."""

from datetime import timedelta

import pytest

from django.core.files.base import ContentFile
from django.utils import timezone, translation
from django.utils.translation import gettext

from apps.reports import services
from apps.reports.generators import GENERATORS, Generator, ReportError
from apps.reports.models import ReportRequest, Status
from tests.practices.factories import PracticePageFactory

pytestmark = pytest.mark.django_db


def order(**fields) -> ReportRequest:
    values = {"kind": "mapping", "parameters": {}, "language": "sv", "format": "xlsx", **fields}
    return services.report_order(**values)


def test_two_identical_orders_in_flight_give_one_request(superuser, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks() as queued:
        first = order(user=superuser)
        second = order()
    assert first.pk == second.pk
    assert len(queued) == 1
    # A finished report is not handed out again: a new order makes a fresh one.
    ReportRequest.objects.filter(pk=first.pk).update(status=Status.DONE)
    assert order().pk != first.pk


def test_an_order_the_report_does_not_offer_is_refused():
    from django.core.exceptions import ValidationError

    with pytest.raises(ValidationError):
        order(kind="register", format="pdf")
    with pytest.raises(ValidationError):
        order(kind="compendium", format="pdf")


def test_a_run_moves_progress_from_0_to_100_and_stores_the_file(monkeypatch):
    seen = []
    original = services._Progress.__call__

    def recording(self, percent):
        original(self, percent)
        seen.append(ReportRequest.objects.values_list("progress", flat=True).get(pk=self.report_id))

    monkeypatch.setattr(services._Progress, "__call__", recording)
    monkeypatch.setattr(services, "PROGRESS_INTERVAL", 0)
    report = order()
    done = services.report_run(report_id=report.pk)
    assert seen[0] >= 0 and seen == sorted(seen)
    assert done.status == Status.DONE and done.progress == 100 and seen[-1] == 100
    assert done.file.name.endswith(".xlsx") and done.file.size > 0
    assert done.attempts == 1


def test_progress_starts_at_0(monkeypatch):
    at_start = []

    def write(report, path, progress):
        at_start.append(ReportRequest.objects.values_list("status", "progress").get(pk=report.pk))
        path.write_text("x")
        progress(100)

    monkeypatch.setitem(GENERATORS, "mapping", Generator(write, ("xlsx",)))
    services.report_run(report_id=order().pk)
    assert at_start == [(Status.RUNNING, 0)]


def test_a_failing_generator_ends_failed_with_its_message(monkeypatch):
    def write(report, path, progress):
        progress(30)
        raise ReportError(gettext("There is no country “%(country)s” in the library.") % {"country": "XX"})

    monkeypatch.setitem(GENERATORS, "mapping", Generator(write, ("xlsx",)))
    report = services.report_run(report_id=order(language="lv").pk)
    assert report.status == Status.FAILED
    with translation.override("lv"):
        assert report.error == gettext("There is no country “%(country)s” in the library.") % {
            "country": "XX"
        }
    assert not report.file


def test_an_unexpected_error_ends_failed_with_a_readable_message(monkeypatch):
    def write(report, path, progress):
        raise ZeroDivisionError

    monkeypatch.setitem(GENERATORS, "mapping", Generator(write, ("xlsx",)))
    report = services.report_run(report_id=order(language="es").pk)
    assert report.status == Status.FAILED
    with translation.override("es"):
        expected = gettext(
            "The report could not be made because of an error on our side. Please order it again."
        )
    assert report.error == expected
    assert "ZeroDivision" not in report.error


def test_a_report_whose_worker_died_starts_over_when_delivered_again():
    report = order()
    ReportRequest.objects.filter(pk=report.pk).update(status=Status.RUNNING, progress=60, attempts=1)
    done = services.report_run(report_id=report.pk)
    assert done.status == Status.DONE and done.attempts == 2
    # A delivery after it is done changes nothing.
    assert services.report_run(report_id=report.pk) is None


def test_stale_running_reports_are_failed_and_fresh_ones_left():
    stale, fresh = order(), order(kind="register", format="csv")
    long_ago = timezone.now() - services.STALE_AFTER - timedelta(minutes=1)
    ReportRequest.objects.filter(pk=stale.pk).update(status=Status.RUNNING, heartbeat=long_ago)
    ReportRequest.objects.filter(pk=fresh.pk).update(status=Status.RUNNING, heartbeat=timezone.now())
    assert services.reports_fail_stale() == 1
    stale.refresh_from_db()
    fresh.refresh_from_db()
    assert stale.status == Status.FAILED
    with translation.override("sv"):
        assert stale.error == gettext("The report took too long and was stopped. Please order it again.")
    assert fresh.status == Status.RUNNING


def test_old_private_reports_are_removed_with_their_files_and_compendia_kept():
    old = order()
    old.file.save("old.xlsx", ContentFile(b"x"))
    compendium = order(kind="compendium", parameters={"country": "SE"}, format="pdf")
    long_ago = timezone.now() - timedelta(days=services.KEEP_DAYS + 1)
    ReportRequest.objects.filter(pk__in=[old.pk, compendium.pk]).update(status=Status.DONE, finished=long_ago)
    storage, name = old.file.storage, old.file.name
    assert storage.exists(name)
    assert services.reports_clean() == 1
    assert not storage.exists(name)
    assert list(ReportRequest.objects.values_list("pk", flat=True)) == [compendium.pk]


def test_a_published_case_regenerates_the_compendia_of_its_country(django_capture_on_commit_callbacks):
    se = services.report_order(kind="compendium", parameters={"country": "SE"}, language="sv", format="pdf")
    lv = services.report_order(kind="compendium", parameters={"country": "LV"}, language="sv", format="pdf")
    services.report_run(report_id=se.pk)
    services.report_run(report_id=lv.pk)
    se.refresh_from_db()
    first_file = se.file.name
    assert se.status == Status.DONE
    # Ordered again, the kept compendium is handed back as it is.
    assert (
        services.report_order(kind="compendium", parameters={"country": "SE"}, language="sv", format="pdf")
        == se
    )
    with django_capture_on_commit_callbacks(execute=True):
        PracticePageFactory(country="SE", title="Brand new Swedish case")
    se.refresh_from_db()
    lv.refresh_from_db()
    assert se.status == Status.DONE and se.attempts == 2
    assert se.file.name != first_file
    assert not se.file.storage.exists(first_file)
    assert lv.attempts == 1


@pytest.mark.parametrize("withdraw", ["unpublish", "delete"])
def test_an_unpublished_or_deleted_case_regenerates_the_compendia_of_its_country(
    withdraw, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        case = PracticePageFactory(country="LV", title="Latvian case soon withdrawn")
    lv = services.report_order(kind="compendium", parameters={"country": "LV"}, language="lv", format="pdf")
    se = services.report_order(kind="compendium", parameters={"country": "SE"}, language="sv", format="pdf")
    services.report_run(report_id=lv.pk)
    services.report_run(report_id=se.pk)
    lv.refresh_from_db()
    first_file = lv.file.name
    with django_capture_on_commit_callbacks(execute=True):
        if withdraw == "unpublish":
            case.unpublish()
        else:
            case.delete()
    lv.refresh_from_db()
    se.refresh_from_db()
    assert lv.status == Status.DONE and lv.attempts == 2
    assert lv.file.name != first_file
    assert se.attempts == 1


def test_a_report_being_made_by_a_live_worker_is_not_started_a_second_time():
    from apps.reports import tasks

    report = order()
    now = timezone.now()
    ReportRequest.objects.filter(pk=report.pk).update(status=Status.RUNNING, heartbeat=now, attempts=1)
    # The broker handed the task on while the first worker still beats: it waits.
    with pytest.raises(services.ReportBusy):
        services.report_run(report_id=report.pk)
    assert tasks.report_generate.apply(args=[report.pk]).get() == "busy"
    assert ReportRequest.objects.get(pk=report.pk).attempts == 1
    # Its worker silent for longer than ALIVE_SECONDS: it is gone, and the report starts over.
    silent = now - timedelta(seconds=services.ALIVE_SECONDS + 1)
    ReportRequest.objects.filter(pk=report.pk).update(heartbeat=silent)
    done = services.report_run(report_id=report.pk)
    assert done.status == Status.DONE and done.attempts == 2


def test_a_worker_beats_while_a_generator_shows_no_progress(monkeypatch):
    import time

    from tests.e2e.helpers import committed

    seen = {}

    def write(report, path, progress):
        time.sleep(0.5)  # a long layout, without a word of progress
        seen["heartbeat"] = ReportRequest.objects.get(pk=report.pk).heartbeat
        path.write_bytes(b"x")

    monkeypatch.setitem(GENERATORS, "mapping", Generator(write, ("xlsx",)))
    monkeypatch.setattr(services, "HEARTBEAT_SECONDS", 0.1)
    # Ordered and made (in-process, once committed) outside any transaction, as a worker makes it.
    report = committed(
        lambda: services.report_order(kind="mapping", parameters={}, language="sv", format="xlsx")
    )
    try:
        done = committed(lambda: ReportRequest.objects.get(pk=report.pk))
        assert done.status == Status.DONE
        assert seen["heartbeat"] - done.started >= timedelta(seconds=0.3)
    finally:
        committed(lambda: [r.file.delete() for r in ReportRequest.objects.filter(pk=report.pk) if r.file])
        committed(lambda: ReportRequest.objects.filter(pk=report.pk).delete())


def test_a_case_changed_while_its_compendium_is_made_has_it_made_again(
    monkeypatch, django_capture_on_commit_callbacks
):
    real = GENERATORS["compendium"]
    changes = []

    def write(report, path, progress):
        if not changes:
            # Halfway through the first run, a Spanish case changes.
            changes.append(services.compendia_refresh(country="ES"))
            assert ReportRequest.objects.get(pk=report.pk).stale
        real.write(report, path, progress)

    monkeypatch.setitem(
        GENERATORS, "compendium", Generator(write, real.formats, real.parameters, real.required)
    )
    compendium = services.report_order(
        kind="compendium", parameters={"country": "ES"}, language="es", format="pdf"
    )
    with django_capture_on_commit_callbacks(execute=True):
        services.report_run(report_id=compendium.pk)
    compendium.refresh_from_db()
    # Made once while the case changed, then again with the change.
    assert changes == [1]
    assert compendium.status == Status.DONE and compendium.attempts == 2
    assert not compendium.stale and compendium.file


def test_a_case_moved_to_another_country_regenerates_both_countries_compendia(
    django_capture_on_commit_callbacks,
):
    with django_capture_on_commit_callbacks(execute=True):
        case = PracticePageFactory(country="SE", title="A case that moves")
    kept = {}
    for country in ("SE", "LV", "FR"):
        report = services.report_order(
            kind="compendium", parameters={"country": country}, language="en", format="pdf"
        )
        kept[country] = services.report_run(report_id=report.pk)
    case.country = "LV"
    with django_capture_on_commit_callbacks(execute=True):
        case.save_revision().publish()
    attempts = {country: ReportRequest.objects.get(pk=r.pk).attempts for country, r in kept.items()}
    assert attempts == {"SE": 2, "LV": 2, "FR": 1}
