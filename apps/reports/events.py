"""What the reports tell the rest of the portal.

Sent with `send_event` (apps/core/events.py), inside the transaction that marks the report done,
with ids only. Notifications connect to it to tell whoever ordered the report; this app never
imports them.
"""

from django.dispatch import Signal

from apps.core.events import send_event

__all__ = ["report_ready", "send_event"]

# A report's file is ready for download. Sent with `request_id`.
report_ready = Signal()
