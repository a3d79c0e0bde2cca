"""The weekly reminders of what is overdue, one message per responsible person.

What is overdue, and which organisation answers for it, the domains say through their
selectors; this module only decides who hears of it.
"""

import datetime

from django.db import transaction

from apps.strategies.selectors import action_items_overdue
from apps.workpackages.selectors import deliverables_overdue

from .. import recipients as who
from ..models import Kind
from ..recipients import Recipient
from .outbox import notification_record


@transaction.atomic
def overdue_reminders_record(today: datetime.date) -> list[int]:
    """One message per responsible person: their organisations' overdue deliverables and items.

    Whatever has no responsible organisation with members goes to the superusers.
    """
    per_person: dict[str, dict] = {}
    members: dict[int | None, list[Recipient]] = {}
    for key, rows in (
        ("deliverables", deliverables_overdue(today)),
        ("action_items", action_items_overdue(today)),
    ):
        for row in rows:
            if row.organisation_id not in members:
                members[row.organisation_id] = (
                    who.organisation_members([row.organisation_id]) if row.organisation_id else []
                )
            for person in members[row.organisation_id] or who.superusers():
                entry = per_person.setdefault(
                    person.email, {"person": person, "deliverables": [], "action_items": []}
                )
                if row.pk not in entry[key]:
                    entry[key].append(row.pk)
    year, week, _weekday = today.isocalendar()
    written = []
    for entry in per_person.values():
        written += notification_record(
            kind=Kind.OVERDUE,
            template="overdue",
            event_key=f"overdue:{year}-W{week:02d}",
            to=[entry["person"]],
            context={"deliverables": entry["deliverables"], "action_items": entry["action_items"]},
        )
    return written
