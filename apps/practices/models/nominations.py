"""A visitor's nomination of a social innovation for the library.

It starts unconfirmed: only the link that confirms the address is e-mailed, and the nomination
enters the editors' queue once the nominator follows it. Editors review it, accept or decline it
with a comment the nominator receives in their language, and may turn an accepted nomination into
a draft case. The nominator's personal data of a declined nomination is removed after the
retention period; the row stays, so the counts do.
"""

import secrets

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from modelcluster.fields import ParentalManyToManyField
from modelcluster.models import ClusterableModel

from apps.core.fields import language_field, optional_foreign_key
from apps.vocabulary.models import COUNTRIES, ProcessElement, SupportArea


def new_nomination_token() -> str:
    return secrets.token_urlsafe(32)


class Nomination(ClusterableModel):
    class Status(models.TextChoices):
        UNCONFIRMED = (
            "unconfirmed",
            pgettext_lazy("nomination status", "Awaiting confirmation of the address"),
        )
        NEW = "new", pgettext_lazy("nomination status", "New")
        IN_REVIEW = "in_review", pgettext_lazy("nomination status", "In review")
        ACCEPTED = "accepted", pgettext_lazy("nomination status", "Accepted")
        DECLINED = "declined", pgettext_lazy("nomination status", "Declined")

    initiative = models.CharField(_("name of the initiative"), max_length=200)
    country = models.CharField(_("country"), max_length=2, choices=COUNTRIES)
    region = models.CharField(_("region"), max_length=120, blank=True)
    website = models.URLField(_("website"), max_length=500, blank=True)
    problem = models.TextField(_("the problem it addresses"), max_length=4000)
    activity = models.TextField(_("what it does"), max_length=4000)
    results = models.TextField(_("results so far"), max_length=4000, blank=True)
    elements = ParentalManyToManyField(
        ProcessElement, blank=True, related_name="nominations", verbose_name=_("process elements")
    )
    support_areas = ParentalManyToManyField(
        SupportArea, blank=True, related_name="nominations", verbose_name=_("core support areas")
    )

    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail address"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    consent_to_contact = models.BooleanField(_("may be contacted about the nomination"), default=False)
    language = language_field()

    status = models.CharField(
        _("status"), max_length=12, choices=Status.choices, default=Status.UNCONFIRMED, db_index=True
    )
    created = models.DateTimeField(_("received"), default=timezone.now)
    confirmed = models.DateTimeField(_("address confirmed"), null=True, blank=True)
    decided = models.DateTimeField(_("decided"), null=True, blank=True)
    decided_by = optional_foreign_key(
        settings.AUTH_USER_MODEL, related_name="+", verbose_name=_("decided by")
    )
    comment = models.TextField(
        _("comment to the nominator"),
        max_length=2000,
        blank=True,
        help_text=_("Sent to the nominator, in their language, with the decision."),
    )
    draft_case = optional_foreign_key(
        "practices.PracticePage", related_name="nominations", verbose_name=_("case made from it")
    )
    anonymised = models.DateTimeField(_("personal data removed"), null=True, blank=True)
    token = models.CharField(
        _("token of the links"), max_length=64, unique=True, default=new_nomination_token, editable=False
    )
    received_without_rate_limit = models.BooleanField(
        _("received while rate limits were off"), default=False, editable=False
    )

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("nomination")
        verbose_name_plural = _("nominations")
        indexes = [models.Index(fields=["status", "created"], name="nomination_queue")]

    def __str__(self):
        return self.initiative
