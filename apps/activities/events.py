"""What happens to registrations that other parts of the portal may act on.

Sent from services.py with `send_event` (apps/core/events.py), inside the transaction that
caused it, with `registration_id` only. Notifications connect to these signals to send the
e-mails. The links of a registration are only ever e-mailed: whoever types an address cannot
confirm or cancel it.
"""

from django.dispatch import Signal

# A person registered: the address is sent the link that confirms it, and nothing they typed.
registration_pending = Signal()
# A person confirmed their address (or staff confirmed it) and has a place.
registration_confirmed = Signal()
# A person confirmed their address for a full event and is on its waiting list.
registration_waitlisted = Signal()
# A place came free and the first person on the waiting list now has it.
registration_promoted = Signal()
# A person cancelled their registration.
registration_cancelled = Signal()
# Registrations lost their personal data (registration_ids, a list): whoever copied it purges it.
registrations_anonymised = Signal()
