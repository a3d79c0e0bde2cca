"""What happens in the library that other parts of the portal may act on.

Each event is a Django signal, sent only once the transaction that caused it has committed, and
carrying ids only: a listener fetches what it needs, typically in a task it queues. The library
never imports a listener; notifications and reports connect to these signals themselves.
"""

import logging

from django.db import transaction
from django.dispatch import Signal

logger = logging.getLogger(__name__)

# A case was published: its first publication or any later revision. Sent with `case_id`.
case_published = Signal()
# A visitor asked to replicate a case. Sent with `request_id`.
replication_requested = Signal()


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
