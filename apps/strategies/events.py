"""What happens to the national CCSI strategies that other parts of the portal may act on.

Sent from services.py with `send_event` (apps/core/events.py): inside the transaction that
caused it, with ids only. Notifications connect to these signals; this app imports no listener.
"""

from django.dispatch import Signal

# A strategy's status became adopted: `strategy_id`.
strategy_adopted = Signal()
