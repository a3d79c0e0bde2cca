"""The outbox and who receives what.

A `Notification` is one message to one address for one event: written in the transaction of
the event that causes it, unique per (event, address), delivered after commit by a task and,
failing that, by the periodic sweep. Every try is a `DeliveryAttempt`. `Subscriber` is a person
without an account who asked for the digest of new cases; `OptOut` is an address that does not
want a kind of message any more (the one-click unsubscribe and the account's preferences).
`NewCase` is the news the digests are made of, written when a case is first published.
"""

from django.conf import settings
from django.db import models
from django.utils.crypto import salted_hmac
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from apps.core.fields import created_stamp, language_field, optional_foreign_key
from apps.vocabulary.models import Theme


class Kind(models.TextChoices):
    REPLICATION = "replication", _("Replication requests")
    MAPPING_REVIEW = "mapping_review", _("Mapping entries to review")
    MAPPING_DECISION = "mapping_decision", _("Review decisions on your organisation's mapping entries")
    REGISTRATION = "registration", _("Event registrations")
    NOMINATION = "nomination", _("Nominations")
    DIGEST = "digest", _("New cases in the library")
    OVERDUE = "overdue", _("Overdue deliverables and action items")
    REPORT = "report", _("Reports ready")
    # The account's own messages (a password-reset link): nobody turns them off or unsubscribes.
    ACCOUNT = "account", _("Your account")


# What a person with an account may turn on and off on the preferences page.
ACCOUNT_KINDS = (Kind.REPLICATION, Kind.MAPPING_REVIEW, Kind.MAPPING_DECISION, Kind.OVERDUE, Kind.REPORT)


class Frequency(models.TextChoices):
    DAILY = "daily", _("Daily")
    WEEKLY = "weekly", _("Weekly")


class Subscriber(models.Model):
    """A person without an account who wants the new cases of some countries and themes."""

    email = models.EmailField(_("e-mail address"), unique=True)
    language = language_field()
    countries = models.JSONField(
        _("countries"), default=list, blank=True, help_text=_("None means every country.")
    )
    themes = models.ManyToManyField(
        Theme, blank=True, related_name="+", verbose_name=_("themes"), help_text=_("None means every theme.")
    )
    frequency = models.CharField(
        _("frequency"), max_length=8, choices=Frequency.choices, default=Frequency.WEEKLY
    )
    created = created_stamp(_("subscribed"))
    confirmed = models.DateTimeField(_("confirmed"), null=True, blank=True)
    unsubscribed = models.DateTimeField(_("unsubscribed"), null=True, blank=True)
    # The news up to this moment has been sent (or had nothing for this subscriber).
    digest_through = models.DateTimeField(_("digest sent up to"), null=True, blank=True)
    received_without_rate_limit = models.BooleanField(
        _("received while rate limits were off"), default=False, editable=False
    )

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")
        ordering = ["-created"]
        indexes = [models.Index(fields=["frequency", "confirmed", "unsubscribed"], name="subscribers_active")]

    def __str__(self):
        return self.email

    @property
    def is_active(self) -> bool:
        return self.confirmed is not None and self.unsubscribed is None


OPT_OUT_SALT = "notifications.opt-out"


def address_hash(email: str, secret: str | None = None) -> str:
    """A keyed hash of the normalised address: enough to recognise it, never to read it back.

    Keyed with SECRET_KEY (salted_hmac), so a stolen table cannot be matched against a list of
    addresses by anyone without the key.
    """
    return salted_hmac(OPT_OUT_SALT, email.strip().lower(), secret=secret, algorithm="sha256").hexdigest()


def address_hashes(email: str) -> list[str]:
    """The address's hash under SECRET_KEY and each of SECRET_KEY_FALLBACKS: an opt-out stored
    before the key was rotated still counts while the old key is kept as a fallback."""
    secrets = [settings.SECRET_KEY, *getattr(settings, "SECRET_KEY_FALLBACKS", [])]
    return [address_hash(email, secret) for secret in secrets]


class OptOut(models.Model):
    """An address that asked not to receive a kind of message, kept only as its keyed hash."""

    email_hash = models.CharField(_("address (keyed hash)"), max_length=64, editable=False)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    created = created_stamp(_("since"))

    class Meta:
        verbose_name = _("opt-out")
        verbose_name_plural = _("opt-outs")
        constraints = [models.UniqueConstraint(fields=["email_hash", "kind"], name="one_opt_out_per_kind")]

    def __str__(self):
        return f"{self.email_hash[:12]}… – {self.get_kind_display()}"


class NewCase(models.Model):
    """A case published for the first time: the news the digests gather."""

    case_id = models.PositiveIntegerField(_("case"), unique=True)
    country = models.CharField(_("country"), max_length=2, blank=True)
    theme_ids = models.JSONField(_("themes"), default=list, blank=True)
    created = created_stamp(_("published"), db_index=True)

    class Meta:
        verbose_name = _("new case")
        verbose_name_plural = _("new cases")
        ordering = ["created"]

    def __str__(self):
        return f"case {self.case_id}"


class Notification(models.Model):
    """One message to one address for one event: the outbox's row."""

    class Status(models.TextChoices):
        PENDING = "pending", pgettext_lazy("notification status", "Pending")
        SENDING = "sending", pgettext_lazy("notification status", "Sending")
        SENT = "sent", pgettext_lazy("notification status", "Sent")
        FAILED = "failed", pgettext_lazy("notification status", "Failed")
        SKIPPED = "skipped", pgettext_lazy("notification status", "Not sent: the recipient opted out")

    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    template = models.CharField(_("message"), max_length=40)
    event_key = models.CharField(_("event"), max_length=120)
    email = models.EmailField(_("recipient"))
    language = language_field()
    user = optional_foreign_key(settings.AUTH_USER_MODEL, related_name="+", verbose_name=_("user"))
    subscriber = optional_foreign_key(Subscriber, related_name="notifications", verbose_name=_("subscriber"))
    context = models.JSONField(_("what it is about"), default=dict, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt = models.DateTimeField(_("next attempt"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    created = created_stamp()
    claimed = models.DateTimeField(_("claimed"), null=True, blank=True)
    sent = models.DateTimeField(_("sent"), null=True, blank=True)

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ["-created", "-pk"]
        constraints = [
            # The idempotency key: an event reaches an address once, however often it is recorded.
            models.UniqueConstraint(
                fields=["event_key", "email"], name="one_notification_per_event_and_address"
            )
        ]
        indexes = [models.Index(fields=["status", "next_attempt"], name="notifications_due")]

    def __str__(self):
        return f"{self.template} → {self.email}"


class DeliveryAttempt(models.Model):
    """One try to hand a notification to the mail server, and what came of it."""

    notification = models.ForeignKey(
        Notification,
        on_delete=models.CASCADE,
        related_name="delivery_attempts",
        verbose_name=_("notification"),
    )
    at = created_stamp(_("at"))
    succeeded = models.BooleanField(_("succeeded"), default=False)
    error = models.TextField(_("error"), blank=True)

    class Meta:
        verbose_name = _("delivery attempt")
        verbose_name_plural = _("delivery attempts")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.notification_id} at {self.at:%Y-%m-%d %H:%M:%S}"
