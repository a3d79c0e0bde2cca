"""The library's events: sent once inside the transaction, with ids only, and rolled back with it."""

import pytest

from django.core.exceptions import ValidationError
from django.db import transaction

from apps.practices import events
from apps.practices.models import PracticePage, ReplicationRequest
from apps.practices.services import replication_request_create
from tests.practices.factories import PracticePageFactory

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

    signals = (events.case_published, events.case_withdrawn, events.replication_requested)
    receivers = {signal: listen(signal) for signal in signals}
    for signal, receiver in receivers.items():
        signal.connect(receiver)
    yield sent
    for signal, receiver in receivers.items():
        signal.disconnect(receiver)


@pytest.fixture
def case():
    return PracticePage.objects.get(title_en="Cap Impact")


def test_a_replication_request_is_announced_once_inside_its_transaction(case, received):
    seen_inside = []

    def inside(sender, request_id, **kwargs):
        # A listener runs inside the transaction: the request is there to read and to refer to.
        seen_inside.append(ReplicationRequest.objects.filter(pk=request_id).exists())

    events.replication_requested.connect(inside)
    try:
        stored = replication_request_create(practice=case, data=DATA)
    finally:
        events.replication_requested.disconnect(inside)
    assert seen_inside == [True]
    assert received == [(events.replication_requested, ReplicationRequest, {"request_id": stored.pk})]


def test_an_invalid_replication_request_is_not_announced(case, received):
    with pytest.raises(ValidationError):
        replication_request_create(practice=case, data={**DATA, "message": "Too short"})
    assert received == []
    assert ReplicationRequest.objects.count() == 0


def test_what_a_listener_writes_is_rolled_back_with_the_request(case):
    written = []

    def listener(sender, request_id, **kwargs):
        # A listener's write, standing for an outbox row: a request it can point to.
        written.append(ReplicationRequest.objects.create(practice=case, language="en", **DATA).pk)

    events.replication_requested.connect(listener)
    try:
        with pytest.raises(Rollback), transaction.atomic():
            replication_request_create(practice=case, data=DATA)
            raise Rollback
    finally:
        events.replication_requested.disconnect(listener)
    assert len(written) == 1
    assert ReplicationRequest.objects.count() == 0


def test_a_published_case_is_announced_once(received):
    published = PracticePageFactory(title="Orchard network")
    assert received == [(events.case_published, PracticePage, {"case_id": published.pk})]


def test_a_publication_rolled_back_takes_its_announcement_with_it(received):
    with pytest.raises(Rollback), transaction.atomic():
        PracticePageFactory(title="Orchard network")
        raise Rollback
    assert [signal for signal, _sender, _ids in received] == [events.case_published]
    assert not PracticePage.objects.filter(title_en="Orchard network").exists()


def test_a_failing_listener_rolls_the_request_back_so_nothing_is_half_done(case, received):
    def broken(**kwargs):
        raise RuntimeError("listener down")

    events.replication_requested.connect(broken)
    try:
        with pytest.raises(RuntimeError, match="listener down"):
            replication_request_create(practice=case, data=DATA)
    finally:
        events.replication_requested.disconnect(broken)
    assert ReplicationRequest.objects.count() == 0


def test_a_case_leaving_a_country_is_announced_once_with_the_country_it_left(received):
    case = PracticePageFactory(title="Orchard network", country="SE")
    received.clear()
    # A draft of another country changes nothing yet.
    case.country = "ES"
    revision = case.save_revision()
    assert received == []
    revision.publish()
    withdrawn = {"case_id": case.pk, "country": "SE"}
    assert received == [
        (events.case_published, PracticePage, {"case_id": case.pk}),
        (events.case_withdrawn, PracticePage, withdrawn),
    ]
    received.clear()
    case.unpublish()
    assert received == [(events.case_withdrawn, PracticePage, {"case_id": case.pk, "country": "ES"})]
    received.clear()
    case.save_revision().publish()
    received.clear()
    PracticePage.objects.get(pk=case.pk).delete()
    assert received == [(events.case_withdrawn, PracticePage, {"case_id": case.pk, "country": "ES"})]
