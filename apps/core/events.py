"""How a domain tells the rest of the portal what happened in it, without knowing who listens.

Each domain declares its events as Django signals in its own `events` module and sends them
with `send_on_commit`: only once the transaction that caused them has committed, and carrying
ids only, so that a listener (notifications, reports) fetches what it needs, typically in a
task it queues. A domain never imports a listener; listeners connect to the signals themselves.
"""

import logging

from django.db import transaction
from django.dispatch import Signal

logger = logging.getLogger(__name__)


def send_on_commit(signal: Signal, *, sender, **ids: int) -> None:
    """Send signal with ids once the current transaction commits; never if it rolls back.

    A failing listener is logged and does not stop the others: what caused the event is stored
    by then, and the reader's request must not fail for it.
    """

    def send():
        for receiver, result in signal.send_robust(sender=sender, **ids):
            if isinstance(result, Exception):
                logger.error("Listener %r failed on %r", receiver, ids, exc_info=result)

    transaction.on_commit(send)
