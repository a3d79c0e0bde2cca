"""A partner's personal API tokens: what a program sends instead of a session.

The key is shown once, when the token is made, and never stored: the table keeps its SHA-256
(a key has 256 random bits, so a plain hash cannot be turned back or guessed) and its first
characters, which name the token on the account page. A request's token is found by the hash of
the key it sends, so no stored secret is ever compared character by character.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from apps.core.fields import created_stamp


class ApiToken(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="portal_api_tokens",
        verbose_name=_("user"),
    )
    name = models.CharField(_("name"), max_length=100, help_text=_("What the token is for."))
    prefix = models.CharField(_("beginning of the key"), max_length=16, editable=False)
    key_hash = models.CharField(_("SHA-256 of the key"), max_length=64, unique=True, editable=False)
    created = created_stamp()
    # Written at most once a minute (tokens.token_used), not on every request.
    last_used = models.DateTimeField(_("last used"), null=True, blank=True, editable=False)
    expires = models.DateTimeField(_("expires"), null=True, blank=True)
    revoked = models.DateTimeField(_("revoked"), null=True, blank=True, editable=False)

    class Meta:
        verbose_name = _("API token")
        verbose_name_plural = _("API tokens")
        ordering = ["-created", "-pk"]
        indexes = [models.Index(fields=["user", "-created"], name="api_tokens_of_user")]

    def __str__(self):
        return f"{self.name} ({self.prefix}…)"

    @property
    def is_active(self) -> bool:
        return self.revoked is None and (self.expires is None or self.expires > timezone.now())
