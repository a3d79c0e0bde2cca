"""What happens to the project's work that other parts of the portal may act on.

Sent from services.py with `send_event` (apps/core/events.py): inside the transaction that
caused it, with ids only. Notifications connect to these signals; this app imports no listener.
"""

from django.dispatch import Signal

# A deliverable moved to another status (planned, in progress, submitted, accepted): `deliverable_id`.
deliverable_status_changed = Signal()
