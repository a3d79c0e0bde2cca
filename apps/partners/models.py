from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _

from apps.core.fields import optional_foreign_key
from apps.vocabulary.models import COUNTRIES


class ConsortiumProject(models.Model):
    """A project the consortium carries out, such as BuiCaSuS, with the facts of its grant agreement.

    Not a project of the ESF+ register: those are the register's own records.
    """

    acronym = models.CharField(_("acronym"), max_length=32, unique=True)
    title = models.CharField(_("title"), max_length=255)
    programme = models.CharField(_("funding programme"), max_length=255)
    call = models.CharField(_("call for proposals"), max_length=64)
    reference = models.CharField(_("application reference"), max_length=64)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"))
    duration_months = models.PositiveSmallIntegerField(_("duration in months"))
    total_budget_eur = models.DecimalField(_("total budget (EUR)"), max_digits=12, decimal_places=2)
    max_eu_share_percent = models.PositiveSmallIntegerField(_("maximum Commission share (%)"))
    max_eu_contribution_eur = models.DecimalField(
        _("maximum Commission contribution (EUR)"), max_digits=12, decimal_places=2
    )
    funded_consortia = models.PositiveSmallIntegerField(
        _("consortia funded under the call"), null=True, blank=True
    )
    associated_organisations = models.CharField(
        _("associated organisations"),
        max_length=32,
        blank=True,
        help_text=_("As stated by the sources, which differ (for example 20–21)."),
    )

    class Meta:
        verbose_name = _("consortium project")
        verbose_name_plural = _("consortium projects")

    def __str__(self):
        return self.acronym


class Organisation(models.Model):
    """A partner organisation of the consortium, or one that takes part in the portal's work."""

    class Kind(models.TextChoices):
        PUBLIC = "public", _("Public")
        PRIVATE = "private", _("Private")
        THIRD_SECTOR = "third_sector", _("Third sector")
        ACADEMIA = "academia", _("Academia")

    class ConsortiumRole(models.TextChoices):
        APPLICANT = "applicant", _("Applicant")
        CO_APPLICANT = "co_applicant", _("Co-applicant")
        ASSOCIATED = "associated", _("Associated organisation")

    name = models.CharField(_("name"), max_length=255)
    acronym = models.CharField(_("acronym"), max_length=32, blank=True)
    country = models.CharField(_("country"), max_length=2, choices=COUNTRIES)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    consortium_role = models.CharField(
        _("consortium role"), max_length=16, choices=ConsortiumRole.choices, blank=True
    )
    website = models.URLField(_("website"), blank=True)
    description = models.TextField(_("description"), blank=True)
    slug = models.SlugField(_("slug"), max_length=64, unique=True)

    class Meta:
        verbose_name = _("organisation")
        verbose_name_plural = _("organisations")
        ordering = ["country", "name"]

    def __str__(self):
        return f"{self.name} ({self.acronym})" if self.acronym else self.name


def organisation_in_role(related_name: str, verbose_name) -> models.ForeignKey:
    """An organisation that holds a role on a record (a work package's lead, a pilot's mentor).

    The role may be left open; an organisation that holds one cannot be deleted, so a record never
    loses its lead or mentor silently.
    """
    return optional_foreign_key(
        Organisation, on_delete=models.PROTECT, related_name=related_name, verbose_name=verbose_name
    )


class Membership(models.Model):
    """A user's membership of an organisation: what lets a partner act in its name."""

    class Role(models.TextChoices):
        MEMBER = "member", _("Member")
        COORDINATOR = "coordinator", _("Coordinator")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.CASCADE,
        related_name="memberships",
        verbose_name=_("user"),
    )
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="memberships", verbose_name=_("organisation")
    )
    role = models.CharField(_("role"), max_length=16, choices=Role.choices, default=Role.MEMBER)
    joined = models.DateField(_("joined"), auto_now_add=True)

    class Meta:
        verbose_name = _("membership")
        verbose_name_plural = _("memberships")
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="unique_membership"),
        ]

    def __str__(self):
        return f"{self.user} – {self.organisation}"
