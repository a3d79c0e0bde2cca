"""The vocabulary every capability shares: countries, the social-innovation process, support areas.

The five elements of the SI process with their approaches and the five core support areas come
from the sources; the library classifies cases by them, the mapping grid scores against them,
capacity building and strategies are tagged by them. Themes and target groups are lists that
editors keep. The tables kept the names they had when they lived in the library app.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

COUNTRIES = [
    ("ES", _("Spain")),
    ("FR", _("France")),
    ("LV", _("Latvia")),
    ("SE", _("Sweden")),
]


class NumberedTerm(models.Model):
    """A name in a numbered list, such as the process elements: listed, and shown, by its number."""

    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    name = models.CharField(_("name"), max_length=255)

    class Meta:
        abstract = True
        ordering = ["number"]

    def __str__(self):
        return f"{self.number}. {self.name}"


class ProcessElement(NumberedTerm):
    """One of the five elements of the social-innovation process, as the sources name them."""

    class Meta(NumberedTerm.Meta):
        db_table = "practices_processelement"
        verbose_name = _("process element")
        verbose_name_plural = _("process elements")

    @property
    def code(self):
        return str(self.number)


class ApproachManager(models.Manager):
    def get_queryset(self):
        # Approaches sort by their element's number: a page's chosen approaches restored from a
        # revision (publishing, previewing, editing) are sorted in Python by modelcluster, which
        # reads each one's element. Loaded with them, that is one query, not one per approach.
        return super().get_queryset().select_related("element")


class Approach(models.Model):
    """A support approach under one process element, such as "incubation programmes"."""

    element = models.ForeignKey(
        ProcessElement, on_delete=models.CASCADE, related_name="approaches", verbose_name=_("process element")
    )
    code = models.CharField(_("code"), max_length=8, unique=True, help_text=_("For example 4.5."))
    name = models.CharField(_("name"), max_length=255)

    objects = ApproachManager()

    class Meta:
        db_table = "practices_approach"
        ordering = ["element__number", "code"]
        verbose_name = _("approach")
        verbose_name_plural = _("approaches")

    def __str__(self):
        return f"{self.code} {self.name}"


class SupportArea(models.Model):
    """One of the five core support areas of a future competence centre (WP4)."""

    code = models.SlugField(_("code"), max_length=32, unique=True)
    number = models.PositiveSmallIntegerField(_("number"), unique=True)
    name = models.CharField(_("name"), max_length=255)

    class Meta:
        db_table = "practices_supportarea"
        ordering = ["number"]
        verbose_name = _("core support area")
        verbose_name_plural = _("core support areas")

    def __str__(self):
        return self.name


class EditorialTaxonomy(models.Model):
    """A list that editors keep themselves, since the sources name none: a code and a name."""

    code = models.SlugField(_("code"), max_length=64, unique=True)
    name = models.CharField(_("name"), max_length=255)

    class Meta:
        abstract = True
        ordering = ["code"]

    def __str__(self):
        return self.name


class Theme(EditorialTaxonomy):
    class Meta(EditorialTaxonomy.Meta):
        db_table = "practices_theme"
        verbose_name = _("theme")
        verbose_name_plural = _("themes")


class TargetGroup(EditorialTaxonomy):
    class Meta(EditorialTaxonomy.Meta):
        db_table = "practices_targetgroup"
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
