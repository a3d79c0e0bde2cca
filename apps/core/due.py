"""Something due by a date, with a status: a work package's deliverable, a strategy's action item.

It is overdue when its due date has passed and its status is not one of the model's CLOSED
statuses. The staff's dashboard, the public progress overviews and the weekly reminders ask
the same question of both through `DueItem.objects.overdue(today)` and `is_overdue(today)`.
"""

import datetime

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class DueQuerySet(models.QuerySet):
    def overdue(self, today: datetime.date | None = None):
        """Past their due date and not closed; without a due date, never overdue."""
        return self.filter(self.model.overdue_condition(today))


class DueItem(models.Model):
    """A model with a due date and a `status` field; CLOSED names the statuses that are no longer due."""

    CLOSED: tuple[str, ...] = ()

    due_date = models.DateField(_("due date"), null=True, blank=True)

    objects = DueQuerySet.as_manager()

    class Meta:
        abstract = True

    @classmethod
    def overdue_condition(cls, today: datetime.date | None = None, prefix: str = "") -> models.Q:
        """The condition "overdue", also through a relation: prefix "items__" counts a plan's items."""
        today = today or timezone.localdate()
        return models.Q(**{f"{prefix}due_date__lt": today}) & ~models.Q(**{f"{prefix}status__in": cls.CLOSED})

    def is_overdue(self, today: datetime.date | None = None) -> bool:
        today = today or timezone.localdate()
        return self.due_date is not None and self.due_date < today and self.status not in self.CLOSED
