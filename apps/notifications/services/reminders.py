"""The weekly reminders of what is overdue, one message per responsible person."""

import datetime

from django.db import transaction

from .. import recipients as who
from ..models import Kind
from ..recipients import Recipient
from .outbox import notification_record


@transaction.atomic
def overdue_reminders_record(today: datetime.date) -> list[int]:
    """One message per responsible person: their organisations' overdue deliverables and items.

    Whatever has no responsible organisation with members goes to the superusers.
    """
    from apps.strategies.models import ActionItem
    from apps.workpackages.models import Deliverable

    deliverables = Deliverable.objects.overdue(today).values_list("pk", "work_package__lead_partner_id")
    items = ActionItem.objects.overdue(today).values_list("pk", "responsible_organisation_id")
    per_person: dict[str, dict] = {}

    def add(people: list[Recipient], key: str, pk: int):
        for person in people:
            entry = per_person.setdefault(
                person.email, {"person": person, "deliverables": [], "action_items": []}
            )
            if pk not in entry[key]:
                entry[key].append(pk)

    members: dict[int | None, list[Recipient]] = {}
    for key, rows in (("deliverables", deliverables), ("action_items", items)):
        for pk, organisation_id in rows:
            if organisation_id not in members:
                members[organisation_id] = (
                    who.organisation_members([organisation_id]) if organisation_id else []
                )
            add(members[organisation_id] or who.superusers(), key, pk)
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
