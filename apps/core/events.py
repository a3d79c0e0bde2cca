"""How a domain tells the rest of the portal what happened in it, without knowing who listens.

Each domain declares its events as Django signals in its own `events` module and sends them
with `send_event`, inside the transaction that caused them (it refuses to run outside one) and
carrying ids only. A listener (notifications, reports) therefore writes its own rows in that
same transaction: they are committed together with what caused them, or rolled back with it, so
nothing is announced for a change that never happened and nothing that happened goes unannounced.

The rules for a listener follow from that: it only writes rows (an outbox) and defers every
side effect (queuing a task, sending mail, touching a cache) with `transaction.on_commit`. A
listener that raises rolls the whole transaction back, like any other failing write in it. A
domain never imports a listener; listeners connect to the signals themselves, and a domain
declares an event only when something listens to it.
"""

from django.db import transaction
from django.dispatch import Signal


class EventOutsideTransaction(RuntimeError):
    """An event was sent with no transaction open: a listener's rows could outlive a rollback."""


def send_event(signal: Signal, *, sender, **ids) -> None:
    """Send signal with ids now, inside the current transaction, to every connected listener.

    Refuses to run outside an atomic block: there, whatever a listener writes would be committed
    at once, whether or not the change that caused the event is.
    """
    if not transaction.get_connection().in_atomic_block:
        name = sender.__name__ if isinstance(sender, type) else repr(sender)
        raise EventOutsideTransaction(
            f"{name} sent an event outside a transaction: send it from inside the "
            "transaction.atomic() block that makes the change."
        )
    signal.send(sender=sender, **ids)
