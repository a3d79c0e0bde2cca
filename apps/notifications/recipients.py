"""Who receives which message: reads only, in the language each person reads."""

from dataclasses import dataclass

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.db.models import Q

from .models import ACCOUNT_KINDS, Kind, OptOut, address_hashes

# The kinds that go to whoever holds a permission: the senders below and the preferences page
# (receivable_kinds) read the same rule.
KIND_PERMISSIONS = {
    Kind.REPLICATION: "practices.view_replicationrequest",
    Kind.MAPPING_REVIEW: "mapping.review_mappingentry",
}


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
    return users_with_perm(KIND_PERMISSIONS[Kind.REPLICATION])


def mapping_reviewers(*, deciding_on_organisation: int | None = None) -> list[Recipient]:
    """The "Mapping reviewers" group (it holds the permission) and the superusers; for an entry,
    only those who may decide on it: never a member of its organisation (the four-eyes rule)."""
    reviewers = users_with_perm(KIND_PERMISSIONS[Kind.MAPPING_REVIEW])
    if deciding_on_organisation is None:
        return reviewers
    members = {member.user_id for member in organisation_members([deciding_on_organisation])}
    return [reviewer for reviewer in reviewers if reviewer.user_id not in members]


def organisation_members(organisation_ids) -> list[Recipient]:
    users = get_user_model().objects.filter(is_active=True, memberships__organisation_id__in=organisation_ids)
    return _users(users.order_by("pk").distinct())


def users(user_ids) -> list[Recipient]:
    return _users(get_user_model().objects.filter(is_active=True, pk__in=user_ids).order_by("pk"))


def superusers() -> list[Recipient]:
    return _users(get_user_model().objects.filter(is_active=True, is_superuser=True).order_by("pk"))


def receivable_kinds(user) -> list[Kind]:
    """The kinds of ACCOUNT_KINDS that user can be sent, by the rules the senders above follow.

    Decisions on mapping entries go to an organisation's members; overdue reminders to the
    members of the responsible organisation, or the superusers when it has none; a report's
    news to whoever ordered it, which staff with the right to order reports do.
    """
    from apps.reports.selectors import may_order

    if not user.is_authenticated or not user.is_active:
        return []
    member = user.memberships.exists()
    rules = {
        Kind.MAPPING_DECISION: lambda: member,
        Kind.OVERDUE: lambda: member or user.is_superuser,
        Kind.REPORT: lambda: may_order(user),
        **{kind: (lambda perm=perm: user.has_perm(perm)) for kind, perm in KIND_PERMISSIONS.items()},
    }
    return [kind for kind in ACCOUNT_KINDS if rules[kind]()]


def opted_out(emails, kind: str) -> set[str]:
    """Which of these addresses asked not to receive this kind of message."""
    # Opt-outs keep only a keyed hash of the lower-case address (models.address_hash).
    by_hash = {
        digest: email for email in {email.lower() for email in emails} for digest in address_hashes(email)
    }
    if not by_hash:
        return set()
    found = OptOut.objects.filter(email_hash__in=list(by_hash), kind=kind).values_list(
        "email_hash", flat=True
    )
    return {by_hash[digest] for digest in found}
