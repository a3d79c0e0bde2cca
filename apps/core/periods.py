"""A period from a start to an end: it cannot end before it starts.

The database holds the rule as a check constraint, the model's `clean` as a message on the end
field; both are written here once for the events, projects, engagements, work packages, action
plans and pilot stages. An empty start or end leaves the rule nothing to check.
"""

from django.core.exceptions import ValidationError
from django.db import models


def ends_after_starts(
    start: str, end: str, name: str, *, start_may_be_empty: bool = True
) -> models.CheckConstraint:
    """The check constraint: the end, when given, is not before the start (when the start is given)."""
    condition = models.Q(**{f"{end}__isnull": True}) | models.Q(**{f"{end}__gte": models.F(start)})
    if start_may_be_empty:
        condition = models.Q(**{f"{start}__isnull": True}) | condition
    return models.CheckConstraint(condition=condition, name=name)


def period_errors(instance, start: str, end: str, message) -> dict:
    """{end: message} when both are given and the end is before the start; else nothing."""
    begins, ends = getattr(instance, start), getattr(instance, end)
    if begins is not None and ends is not None and ends < begins:
        return {end: message}
    return {}


def require_period(instance, start: str, end: str, message) -> None:
    """Refuse a record that ends before it starts."""
    errors = period_errors(instance, start, end, message)
    if errors:
        raise ValidationError(errors)
