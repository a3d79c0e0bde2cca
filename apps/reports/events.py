"""What the reports tell the rest of the portal.

Sent with `send_on_commit` (apps/core/events.py): once the report's file is stored and the
transaction has committed, with ids only. Notifications connect to it to tell whoever ordered
the report; this app never imports them.
"""

from django.dispatch import Signal

from apps.core.events import send_on_commit

__all__ = ["report_ready", "send_on_commit"]

# A report's file is ready for download. Sent with `request_id`.
report_ready = Signal()
