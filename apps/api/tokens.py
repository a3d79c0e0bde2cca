"""Making, finding and revoking a partner's API tokens (selectors and services in one small module).

A key is `ccsi_` and 43 characters of `secrets.token_urlsafe(32)` (256 random bits). It is handed
back once by `token_create` and never stored: the row keeps its SHA-256 and its first characters.
"""

import hashlib
import secrets
from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from .models import ApiToken

KEY_START = "ccsi_"
# How much of a key the account page shows to tell tokens apart: the start and 8 random characters.
PREFIX_LENGTH = len(KEY_START) + 8
# last_used is written at most this often per token.
LAST_USED_EVERY = timedelta(minutes=1)


def key_hash(key: str) -> str:
    return hashlib.sha256(key.encode()).hexdigest()


# Reads


def tokens_of(user):
    """user's tokens, newest first, revoked ones included (the page says so)."""
    return ApiToken.objects.filter(user=user).order_by("-created", "-pk")


def token_of(user, pk) -> ApiToken | None:
    """user's own token pk, or None: nobody reaches another person's token."""
    return ApiToken.objects.filter(user=user, pk=pk).first()


def token_for_key(key: str) -> ApiToken | None:
    """The active token whose key this is, with its user; None for an unknown, revoked or expired key."""
    if not key.startswith(KEY_START) or len(key) > 200:
        return None
    return (
        ApiToken.objects.select_related("user")
        .filter(key_hash=key_hash(key), revoked__isnull=True)
        .filter(Q(expires__isnull=True) | Q(expires__gt=timezone.now()))
        .first()
    )


# Writes


@transaction.atomic
def token_create(*, user, name: str, expires=None) -> tuple[ApiToken, str]:
    """A new token of user and its key, which is shown once and cannot be read again."""
    key = KEY_START + secrets.token_urlsafe(32)
    token = ApiToken(user=user, name=name.strip(), prefix=key[:PREFIX_LENGTH], key_hash=key_hash(key))
    token.expires = expires
    token.full_clean()
    token.save()
    return token, key


def may_revoke(user, token: ApiToken) -> bool:
    """A token's owner, and the administrators who may change tokens (in Django's admin)."""
    return token.user_id == user.pk or user.has_perm("api.change_apitoken")


@transaction.atomic
def token_revoke(*, token: ApiToken, user) -> ApiToken:
    """Revoke a token as user (its owner or an administrator); one already revoked stays as it was."""
    if not may_revoke(user, token):
        raise PermissionDenied
    ApiToken.objects.filter(pk=token.pk, revoked__isnull=True).update(revoked=timezone.now())
    token.refresh_from_db(fields=["revoked"])
    return token


def token_used(token: ApiToken, now=None) -> None:
    """Note that token was used, unless that was noted less than a minute ago (one write a minute)."""
    now = now or timezone.now()
    if token.last_used is not None and now - token.last_used < LAST_USED_EVERY:
        return
    ApiToken.objects.filter(pk=token.pk).update(last_used=now)
    token.last_used = now
