"""The library's events: sent once after commit, with ids only, and never for a rollback."""

import pytest

from django.core.exceptions import ValidationError
from django.db import transaction

from apps.practices import events
from apps.practices.models import PracticePage, ReplicationRequest
from apps.practices.services import replication_request_create
from tests.factories import PracticePageFactory

from .helpers import REPLICATION_DATA

pytestmark = pytest.mark.django_db

DATA = REPLICATION_DATA


class Rollback(Exception):
    pass


@pytest.fixture
def received():
    """Every event sent while the test runs, as (signal, sender, arguments)."""
    sent = []

    def listen(signal):
        def receiver(sender, signal, **kwargs):
            sent.append((signal, sender, kwargs))

        return receiver

    receivers = {signal: listen(signal) for signal in (events.case_published, events.replication_requested)}
    for signal, receiver in receivers.items():
        signal.connect(receiver)
    yield sent
    for signal, receiver in receivers.items():
        signal.disconnect(receiver)


@pytest.fixture
def case():
    return PracticePage.objects.get(title_en="Cap Impact")


def test_a_replication_request_is_announced_once_after_commit(
    case, received, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        stored = replication_request_create(practice=case, data=DATA)
    assert received == []  # nothing before the commit
    for callback in callbacks:
        callback()
    assert received == [(events.replication_requested, ReplicationRequest, {"request_id": stored.pk})]


def test_a_replication_request_rolled_back_is_not_announced(
    case, received, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(Rollback), transaction.atomic():
            replication_request_create(practice=case, data=DATA)
            raise Rollback
        with pytest.raises(ValidationError):
            replication_request_create(practice=case, data={**DATA, "message": "Too short"})
    assert received == []
    assert ReplicationRequest.objects.count() == 0


def test_a_published_case_is_announced_once_after_commit(received, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        published = PracticePageFactory(title="Orchard network")
    assert received == [(events.case_published, PracticePage, {"case_id": published.pk})]


def test_a_publication_rolled_back_is_not_announced(received, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        with pytest.raises(Rollback), transaction.atomic():
            PracticePageFactory(title="Orchard network")
            raise Rollback
    assert received == []
    assert not PracticePage.objects.filter(title_en="Orchard network").exists()


def test_a_failing_listener_neither_stops_the_others_nor_the_request(
    case, received, django_capture_on_commit_callbacks, caplog
):
    def broken(**kwargs):
        raise RuntimeError("listener down")

    events.replication_requested.connect(broken)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            stored = replication_request_create(practice=case, data=DATA)
    finally:
        events.replication_requested.disconnect(broken)
    assert received == [(events.replication_requested, ReplicationRequest, {"request_id": stored.pk})]
    assert "listener down" in caplog.text
