"""What happens in the library that other parts of the portal may act on.

Each event is a Django signal, sent with `send_event` (see apps/core/events.py): inside the
transaction that caused it, with ids only. The library never imports a listener;
notifications and reports connect to these signals themselves.
"""

from django.dispatch import Signal

from apps.core.events import send_event

__all__ = [
    "case_published",
    "case_withdrawn",
    "nomination_decided",
    "nomination_received",
    "nominations_anonymised",
    "replication_requested",
    "send_event",
]

# A case was published: its first publication or any later revision. Sent with `case_id`.
case_published = Signal()
# A published case was unpublished, deleted or published again under another country: it left
# that country. Sent with `case_id` and `country` (the country it left: after a deletion the
# case is gone, and a listener cannot look it up).
case_withdrawn = Signal()
# A visitor asked to replicate a case. Sent with `request_id`.
replication_requested = Signal()
# A visitor nominated an initiative: its address is sent the link that confirms it, and nothing
# they typed. Sent with `nomination_id` and `moment` (each sending is a message of its own).
nomination_received = Signal()
# Editors accepted or declined a confirmed nomination: the nominator is sent their comment.
# Sent with `nomination_id` and `moment`.
nomination_decided = Signal()
# Nominations lost their personal data, or unconfirmed ones were deleted (`nomination_ids`, a
# list): whoever copied the address purges it.
nominations_anonymised = Signal()
