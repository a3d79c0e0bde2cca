"""How a domain tells the rest of the portal what happened in it, without knowing who listens.

Each domain declares its events as Django signals in its own `events` module and sends them
with `send_event`, inside the transaction that caused them and carrying ids only. A listener
(notifications, reports) therefore writes its own rows in that same transaction: they are
committed together with what caused them, or rolled back with it, so nothing is announced for a
change that never happened and nothing that happened goes unannounced.

The rules for a listener follow from that: it only writes rows (an outbox) and defers every
side effect (queuing a task, sending mail, touching a cache) with `transaction.on_commit`. A
listener that raises rolls the whole transaction back, like any other failing write in it. A
domain never imports a listener; listeners connect to the signals themselves.
"""

from django.dispatch import Signal


def send_event(signal: Signal, *, sender, **ids: int) -> None:
    """Send signal with ids now, inside the current transaction, to every connected listener."""
    signal.send(sender=sender, **ids)
