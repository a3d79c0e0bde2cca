"""What happens in the register that other parts of the portal may act on.

Sent from services.py with `send_event` (apps/core/events.py), inside the transaction that
caused it, with ids only. The register never imports a listener.
"""

from django.dispatch import Signal

# A project took up one of the competence centre's support offerings (`engagement_id`).
engagement_created = Signal()
