"""What happens in the library that other parts of the portal may act on.

Each event is a Django signal, sent with `send_on_commit` (see apps/core/events.py): once the
transaction that caused it has committed, with ids only. The library never imports a listener;
notifications and reports connect to these signals themselves.
"""

from django.dispatch import Signal

from apps.core.events import send_on_commit

__all__ = ["case_published", "replication_requested", "send_on_commit"]

# A case was published: its first publication or any later revision. Sent with `case_id`.
case_published = Signal()
# A visitor asked to replicate a case. Sent with `request_id`.
replication_requested = Signal()
