"""Who receives which message: reads only, in the language each person reads."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q

from .models import OptOut


@dataclass(frozen=True)
class Recipient:
    email: str
    language: str
    user_id: int | None = None
    subscriber_id: int | None = None


def _users(queryset) -> list[Recipient]:
    return [
        Recipient(email=email, language=language, user_id=pk)
        for pk, email, language in queryset.exclude(email="").values_list("pk", "email", "preferred_language")
    ]


def users_with_perm(perm: str) -> list[Recipient]:
    """Active users who hold perm through their groups or themselves, and the superusers."""
    app_label, codename = perm.split(".")
    held = Permission.objects.filter(content_type__app_label=app_label, codename=codename)
    users = (
        get_user_model()
        .objects.filter(is_active=True)
        .filter(Q(is_superuser=True) | Q(groups__permissions__in=held) | Q(user_permissions__in=held))
    )
    return _users(users.order_by("pk").distinct())


def replication_staff() -> list[Recipient]:
    """The staff who follow up replication requests: whoever may see them in the admin."""
    return users_with_perm("practices.view_replicationrequest")


def mapping_reviewers() -> list[Recipient]:
    """The "Mapping reviewers" group (it holds the permission) and the superusers."""
    return users_with_perm("mapping.review_mappingentry")


def organisation_members(organisation_ids) -> list[Recipient]:
    users = get_user_model().objects.filter(is_active=True, memberships__organisation_id__in=organisation_ids)
    return _users(users.order_by("pk").distinct())


def users(user_ids) -> list[Recipient]:
    return _users(get_user_model().objects.filter(is_active=True, pk__in=user_ids).order_by("pk"))


def superusers() -> list[Recipient]:
    return _users(get_user_model().objects.filter(is_active=True, is_superuser=True).order_by("pk"))


def opted_out(emails, kind: str) -> set[str]:
    """Which of these addresses asked not to receive this kind of message."""
    lowered = {email.lower() for email in emails}
    if not lowered:
        return set()
    # Opt-outs are stored in lower case (services.unsubscribe).
    return set(OptOut.objects.filter(email__in=lowered, kind=kind).values_list("email", flat=True))
