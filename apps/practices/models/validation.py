"""Validating a case against the centre's checklist, as the EU's Social Innovation Match does.

The criteria are a snippet, so the centre can refine them; each validation rates every criterion
(not assessed, partly, fully) with a short justification in the case's language, and records who
validated which revision of the case, and when. The case keeps the state of its latest
validation (`PracticePage.validation`) for the badge and the facet: publishing a change after
validating turns "validated" into "validated before the last change" until someone validates again.
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from wagtail.admin.panels import FieldPanel

from apps.core.fields import language_field, optional_foreign_key


class ValidationState(models.TextChoices):
    NONE = "none", pgettext_lazy("validation state", "Not validated")
    CURRENT = "current", pgettext_lazy("validation state", "Validated")
    STALE = "stale", pgettext_lazy("validation state", "Validated before the last change")


class Rating(models.TextChoices):
    NOT_ASSESSED = "not_assessed", pgettext_lazy("criterion rating", "Not assessed")
    PARTLY = "partly", pgettext_lazy("criterion rating", "Partly met")
    FULLY = "fully", pgettext_lazy("criterion rating", "Fully met")


class ValidationCriterion(models.Model):
    """One criterion of the checklist, named in every language."""

    key = models.SlugField(
        _("key"),
        max_length=40,
        unique=True,
        help_text=_("A short fixed name for the criterion in addresses and data."),
    )
    name = models.CharField(_("name"), max_length=120)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    panels = [FieldPanel("key"), FieldPanel("name"), FieldPanel("description"), FieldPanel("sort_order")]

    class Meta:
        ordering = ["sort_order", "pk"]
        verbose_name = _("validation criterion")
        verbose_name_plural = _("validation criteria")

    def __str__(self):
        return self.name


class CaseValidation(models.Model):
    """One validation of a case by a member of staff: a rating of every criterion."""

    practice = models.ForeignKey(
        "practices.PracticePage", on_delete=models.CASCADE, related_name="validations", verbose_name=_("case")
    )
    validator = optional_foreign_key(settings.AUTH_USER_MODEL, related_name="+", verbose_name=_("validator"))
    validator_name = models.CharField(_("validator's name"), max_length=150, blank=True)
    validated_at = models.DateTimeField(_("validated"), default=timezone.now)
    revision = optional_foreign_key(
        "wagtailcore.Revision", related_name="+", verbose_name=_("revision validated")
    )
    language = language_field(_("language of the justifications"))

    class Meta:
        ordering = ["-validated_at", "-pk"]
        get_latest_by = "validated_at"
        verbose_name = _("validation")
        verbose_name_plural = _("validations")

    def __str__(self):
        return f"{self.practice} – {self.validated_at:%Y-%m-%d}"


class CriterionRating(models.Model):
    """How far a case meets one criterion, and why."""

    validation = models.ForeignKey(
        CaseValidation, on_delete=models.CASCADE, related_name="ratings", verbose_name=_("validation")
    )
    criterion = models.ForeignKey(
        ValidationCriterion, on_delete=models.PROTECT, related_name="ratings", verbose_name=_("criterion")
    )
    rating = models.CharField(_("rating"), max_length=12, choices=Rating.choices, default=Rating.NOT_ASSESSED)
    justification = models.TextField(_("justification"), max_length=1000, blank=True)

    class Meta:
        ordering = ["criterion__sort_order", "criterion__pk"]
        verbose_name = _("rating of a criterion")
        verbose_name_plural = _("ratings of the criteria")
        constraints = [
            models.UniqueConstraint(fields=["validation", "criterion"], name="one_rating_per_criterion")
        ]

    def __str__(self):
        return f"{self.criterion}: {self.get_rating_display()}"
