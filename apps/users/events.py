"""What happens to accounts that other parts of the portal may act on.

Sent with `send_event` (apps/core/events.py). Notifications connect to these signals and write
the e-mails into their outbox, so a mail server that is down delays a message instead of losing
it; the users app never imports them.
"""

from django.dispatch import Signal

# Someone asked for a password-reset link for the address `email` (normalised), in `language`.
# It carries the address as typed, not an account's id: whether an account has that address is
# looked up when the message is written, the same work for every address, so neither the answer
# nor its time tells a visitor which addresses have an account.
password_reset_requested = Signal()
