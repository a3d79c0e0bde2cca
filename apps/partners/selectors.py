from django.db.models import Case, IntegerField, QuerySet, Value, When

from .models import Organisation


def consortium_list() -> QuerySet[Organisation]:
    """The consortium in the order the sources give it: applicant first, then co-applicants."""
    return (
        Organisation.objects.exclude(consortium_role="")
        .annotate(
            role_order=Case(
                When(consortium_role=Organisation.ConsortiumRole.APPLICANT, then=Value(0)),
                When(consortium_role=Organisation.ConsortiumRole.CO_APPLICANT, then=Value(1)),
                default=Value(2),
                output_field=IntegerField(),
            )
        )
        .order_by("role_order", "country", "name")
    )
