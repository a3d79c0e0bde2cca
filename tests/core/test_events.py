"""A domain's event is sent inside the transaction that caused it, and refused outside one."""

import pytest

from django.db import transaction
from django.dispatch import Signal

from apps.core.events import EventOutsideTransaction, send_event


class Thing:
    pass


def test_an_event_sent_outside_a_transaction_is_refused_and_reaches_no_listener():
    signal = Signal()
    received = []
    signal.connect(received.append, weak=False)
    with pytest.raises(EventOutsideTransaction, match="Thing sent an event outside a transaction"):
        send_event(signal, sender=Thing, thing_id=1)
    assert received == []


@pytest.mark.django_db
def test_an_event_sent_inside_a_transaction_reaches_its_listeners_with_the_ids():
    signal = Signal()
    received = []

    def listener(sender, signal, **ids):
        received.append((sender, ids))

    signal.connect(listener)
    with transaction.atomic():
        send_event(signal, sender=Thing, thing_id=7)
    assert received == [(Thing, {"thing_id": 7})]
