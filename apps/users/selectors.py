from django.db.models import QuerySet


def membership_list(*, user) -> QuerySet:
    """The user's memberships with their organisations, by organisation name.

    Read through the user's reverse relation: partners sit above users in the layers, so this
    module names no model of theirs.
    """
    return user.memberships.select_related("organisation").order_by("organisation__name")
