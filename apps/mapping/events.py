"""What happens in the mapping's review that other parts of the portal may act on.

Every event is sent from services.py with `send_event` (apps/core/events.py): inside the
transaction that caused it, with ids only (`entry_id`, and `transition_id` for the step that
caused it). The mapping never imports a listener; notifications connect to these signals.
"""

from django.dispatch import Signal

# A partner submitted an entry for review for the first time.
entry_submitted = Signal()
# Staff asked for changes to a submitted entry.
changes_requested = Signal()
# A partner submitted an entry again after changes were requested.
entry_resubmitted = Signal()
# Staff approved an entry: it is published on the mapping pages.
entry_approved = Signal()
# Staff rejected an entry.
entry_rejected = Signal()
