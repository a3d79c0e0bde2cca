"""What happens to registrations that other parts of the portal may act on.

Sent from services.py with `send_event` (apps/core/events.py), inside the transaction that
caused it, with `registration_id` only. Notifications connect to these signals to send the
e-mails; the confirmation page already shows the cancellation link, so nothing waits for them.
"""

from django.dispatch import Signal

# A person registered and has a place.
registration_confirmed = Signal()
# A person registered for a full event and is on its waiting list.
registration_waitlisted = Signal()
# A place came free and the first person on the waiting list now has it.
registration_promoted = Signal()
# A person cancelled their registration.
registration_cancelled = Signal()
