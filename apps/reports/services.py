"""Ordering, running and tidying reports.

`report_order` stores a request and queues it, or hands back the identical one already in
flight (or, for a public compendium, the one already kept). `report_run` is what the task does:
it may run more than once for one request (a worker killed halfway gets the task again, acks
are late), so it starts over from nothing each time, writes to a temporary file and stores it
only once complete.
"""

import logging
import tempfile
import threading
import time
from datetime import timedelta
from pathlib import Path

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.files import File
from django.db import DatabaseError, IntegrityError, connection, transaction
from django.utils import timezone, translation
from django.utils.translation import gettext as _

from . import events, selectors
from .generators import GENERATORS, ReportError
from .models import IN_FLIGHT, Kind, ReportRequest, Status, fingerprint_of

logger = logging.getLogger(__name__)

# A running report whose progress has not moved for this long has lost its worker.
STALE_AFTER = timedelta(minutes=getattr(settings, "REPORTS_STALE_MINUTES", 60))
# Private report files are kept this many days after they are finished.
KEEP_DAYS = getattr(settings, "REPORTS_KEEP_DAYS", 30)
# The progress bar is written at most this often (and on every whole step of 5 %).
PROGRESS_INTERVAL = 0.5
# A worker making a report writes a heartbeat at least this often, also through long phases
# without progress (WeasyPrint laying out a PDF); a heartbeat younger than ALIVE_SECONDS means
# the report is being made.
ALIVE_SECONDS = getattr(settings, "REPORTS_ALIVE_SECONDS", 180)
HEARTBEAT_SECONDS = ALIVE_SECONDS / 6


def _queue(report: ReportRequest) -> None:
    from .tasks import report_generate

    transaction.on_commit(lambda: report_generate.delay(report.pk))


def _validate(kind: str, parameters: dict, format: str) -> None:
    generator = GENERATORS.get(kind)
    if generator is None or format not in generator.formats:
        raise ValidationError(_("This report is not offered in this format."), code="format")
    missing = [name for name in generator.required if not parameters.get(name)]
    if missing:
        raise ValidationError(
            _("This report needs: %(names)s.") % {"names": ", ".join(missing)}, code="missing"
        )


@transaction.atomic
def report_order(*, kind: str, parameters: dict, language: str, format: str, user=None) -> ReportRequest:
    """The request for this report: a new one, queued, or the identical one already in flight.

    A compendium is public and kept: ordering it again returns the kept one (regenerated only
    when a case in it changes, see `compendia_refresh`).
    """
    parameters = {key: value for key, value in parameters.items() if value not in (None, "")}
    _validate(kind, parameters, format)
    fingerprint = fingerprint_of(kind=kind, parameters=parameters, language=language, format=format)
    is_public = kind == Kind.COMPENDIUM
    existing = ReportRequest.objects.filter(fingerprint=fingerprint)
    existing = existing.filter(is_public=True) if is_public else existing.filter(status__in=IN_FLIGHT)
    found = existing.first()
    if found is not None:
        if found.status == Status.FAILED:
            _requeue(found)
        return found
    report = ReportRequest(
        kind=kind,
        parameters=parameters,
        language=language,
        format=format,
        fingerprint=fingerprint,
        is_public=is_public,
        requested_by=user if user is not None and user.is_authenticated else None,
    )
    report.full_clean()
    try:
        # A savepoint: when an identical request won the race, the one it stored is returned.
        with transaction.atomic():
            report.save()
    except IntegrityError:
        return existing.get()
    _queue(report)
    return report


def _requeue(report: ReportRequest) -> None:
    """Put a kept request back in the queue; its current file stays downloadable meanwhile.

    One queued or running already may have read what just changed: it is marked stale, and is
    queued again by the worker as it ends (`_end`). The row is locked, so a change is never lost
    between the two.
    """
    with transaction.atomic():
        locked = ReportRequest.objects.select_for_update().filter(pk=report.pk).first()
        if locked is None:
            return
        if locked.status in IN_FLIGHT:
            ReportRequest.objects.filter(pk=report.pk).update(stale=True)
            return
        ReportRequest.objects.filter(pk=report.pk).update(
            status=Status.QUEUED, progress=0, error="", finished=None, stale=False
        )
        report.status, report.progress, report.error = Status.QUEUED, 0, ""
        _queue(report)


def compendia_refresh(*, case_id: int | None = None, country: str | None = None) -> int:
    """A case changed, or one of country's cases was withdrawn: every public compendium it is (or
    was) in is generated again. Returns how many."""
    reports = list(
        selectors.compendia_of_country(country) if country else selectors.compendia_of_case(case_id)
    )
    with transaction.atomic():
        for report in reports:
            _requeue(report)
    return len(reports)


def compendia_prepare() -> int:
    """Queue every public compendium that is missing, failed, or older than the newest
    publication of a case of its country, in every country and language; returns how many.

    Beat runs it nightly: the portal makes the public compendia, a reader's request never does.
    """
    queued = 0
    for country in selectors.COUNTRY_CODES:
        newest_case = selectors.newest_publication(country)
        for language, _name in settings.LANGUAGES:
            report = selectors.public_compendium(country, language)
            if report is None:
                report_order(
                    kind=Kind.COMPENDIUM, parameters={"country": country}, language=language, format="pdf"
                )
            elif report.status == Status.FAILED or (
                report.status == Status.DONE
                and newest_case is not None
                and (report.finished is None or report.finished < newest_case)
            ):
                with transaction.atomic():
                    _requeue(report)
            else:
                continue
            queued += 1
    return queued


class _Progress:
    """Writes a report's progress (and heartbeat) as it moves, outside any transaction, so a
    status page sees it while the report runs; never backwards, and not on every small step."""

    def __init__(self, report_id: int):
        self.report_id = report_id
        self.percent = 0
        self.written_at = 0.0

    def __call__(self, percent: float) -> None:
        percent = max(self.percent, min(100, int(percent)))
        now = time.monotonic()
        if percent == self.percent or (
            percent < 100 and percent // 5 == self.percent // 5 and now - self.written_at < PROGRESS_INTERVAL
        ):
            return
        self.percent, self.written_at = percent, now
        ReportRequest.objects.filter(pk=self.report_id, status=Status.RUNNING).update(
            progress=percent, heartbeat=timezone.now()
        )


class ReportBusy(Exception):
    """The report is being made by a live worker (its heartbeat is fresh): ask again later."""


def _start(report_id: int) -> ReportRequest | None:
    """Mark the request running from 0 %, or None when there is nothing (more) to do.

    Raises ReportBusy when another worker is making it: the broker hands a task on after its
    visibility timeout even when the first worker is alive, only slow.
    """
    with transaction.atomic():
        report = ReportRequest.objects.select_for_update().filter(pk=report_id).first()
        if report is None or report.status in (Status.DONE, Status.FAILED):
            return None
        now = timezone.now()
        if (
            report.status == Status.RUNNING
            and report.heartbeat is not None
            and now - report.heartbeat < timedelta(seconds=ALIVE_SECONDS)
        ):
            raise ReportBusy(report_id)
        # Queued, or running when a worker died on it (no heartbeat for ALIVE_SECONDS): start over.
        report.status, report.progress, report.error = Status.RUNNING, 0, ""
        report.started = report.heartbeat = now
        report.attempts += 1
        # This run reads everything as it is now.
        report.stale = False
        report.save(
            update_fields=["status", "progress", "error", "started", "heartbeat", "attempts", "stale"]
        )
        return report


def report_run(*, report_id: int) -> ReportRequest | None:
    """Generate the report of this request and store its file; on failure, say why."""
    report = _start(report_id)
    if report is None:
        return None
    generator = GENERATORS[report.kind]
    progress = _Progress(report.pk)
    with tempfile.TemporaryDirectory(prefix="report-") as directory, _Heartbeat(report.pk):
        path = Path(directory) / report.filename()
        try:
            with translation.override(report.language):
                generator.write(report, path, progress)
        except ReportError as error:
            return _fail(report, str(error))
        except Exception:
            logger.exception("Report %s failed", report.pk)
            with translation.override(report.language):
                message = _(
                    "The report could not be made because of an error on our side. Please order it again."
                )
            return _fail(report, message)
        return _store(report, path)


class _Heartbeat:
    """While a report is made, a thread writes its heartbeat every HEARTBEAT_SECONDS.

    So a live worker is told from a dead one even while a generator reports no progress for
    minutes. Not inside a transaction (as in tests): there the row is locked until the end, and
    nothing outside could see the heartbeat anyway. Not on SQLite either (see __enter__).
    """

    def __init__(self, report_id: int):
        self.report_id = report_id
        self.stopped = threading.Event()
        self.thread = None

    def __enter__(self):
        # SQLite (the embedded default, tasks in-process) would refuse a report's own writes
        # while the thread writes; and nobody hands its task on there.
        if not connection.in_atomic_block and connection.vendor != "sqlite":
            self.thread = threading.Thread(target=self._beat, name=f"report-{self.report_id}", daemon=True)
            self.thread.start()
        return self

    def __exit__(self, *exc_info):
        self.stopped.set()
        if self.thread is not None:
            self.thread.join()

    def _beat(self):
        # A run that has not ended after STALE_AFTER is taken to be stuck, not slow: the beats
        # stop, and beat's reports_fail_stale ends it as failed once it is silent that long.
        until = time.monotonic() + STALE_AFTER.total_seconds()
        try:
            while not self.stopped.wait(HEARTBEAT_SECONDS) and time.monotonic() < until:
                try:
                    ReportRequest.objects.filter(pk=self.report_id, status=Status.RUNNING).update(
                        heartbeat=timezone.now()
                    )
                except DatabaseError:
                    logger.warning("Report %s: the heartbeat could not be written", self.report_id)
        finally:
            connection.close()  # this thread's own connection


def _store(report: ReportRequest, path: Path) -> ReportRequest:
    old_name = report.file.name
    with open(path, "rb") as content:
        # Saved under a new name first: the old file stays downloadable until the row points here.
        report.file.save(path.name, File(content), save=False)
    with transaction.atomic():
        _end(report, status=Status.DONE, file=report.file.name, progress=100, heartbeat=timezone.now())
        if old_name and old_name != report.file.name:
            storage = report.file.storage
            transaction.on_commit(lambda: storage.delete(old_name))
        events.send_event(events.report_ready, sender=ReportRequest, request_id=report.pk)
    report.refresh_from_db()
    return report


def _fail(report: ReportRequest, message: str) -> ReportRequest:
    with transaction.atomic():
        _end(report, status=Status.FAILED, error=message)
    report.refresh_from_db()
    return report


def _end(report: ReportRequest, *, status: str, **fields) -> None:
    """Write how a run ended; a report marked stale meanwhile is queued again in the same
    transaction (its file, if any, stays downloadable), so what changed is never left out."""
    stale = (
        ReportRequest.objects.select_for_update().filter(pk=report.pk).values_list("stale", flat=True).first()
    )
    if stale:
        fields.update(status=Status.QUEUED, progress=0, error="", stale=False)
    else:
        fields["status"] = status
    ReportRequest.objects.filter(pk=report.pk).update(finished=timezone.now(), **fields)
    if stale:
        _queue(report)


def reports_fail_stale(now=None) -> int:
    """Running requests whose worker has gone quiet end as failed, with a message that says so."""
    now = now or timezone.now()
    failed = 0
    for report in selectors.stale_running(now - STALE_AFTER):
        with translation.override(report.language):
            message = _("The report took too long and was stopped. Please order it again.")
        failed += ReportRequest.objects.filter(pk=report.pk, status=Status.RUNNING).update(
            status=Status.FAILED, error=message, finished=now, stale=False
        )
    return failed


def reports_clean(now=None) -> int:
    """Private reports older than REPORTS_KEEP_DAYS go, with their files."""
    now = now or timezone.now()
    removed = 0
    for report in selectors.expired_requests(now - timedelta(days=KEEP_DAYS)).iterator():
        if report.file:
            report.file.delete(save=False)
        report.delete()
        removed += 1
    return removed
