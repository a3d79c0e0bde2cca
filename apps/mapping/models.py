"""The ecosystem mapping of WP2: a versioned criteria grid, partners' entries and their review.

Partners write entries on the public site in their own language; staff review them in the
admin; approved entries are published on the mapping pages. An entry's text is not translated:
it is kept in the language it was written in, which it records.
"""

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import Page, RevisionMixin
from wagtail.search import index

from apps.core.fields import (
    created_stamp,
    demo_marker,
    language_field,
    optional_foreign_key,
    revisions_relation,
    updated_stamp,
)
from apps.core.files.uploads import private_storage
from apps.core.web.placement import HostedPageMixin
from apps.core.web.routing import CachedRestrictionsMixin
from apps.partners.models import Organisation
from apps.vocabulary.models import COUNTRIES, ProcessElement, SupportArea
from apps.vocabulary.pages import CountryPageBase

from .entry_fields import ACCOUNT_FIELDS

SCALE = range(1, 6)


class CriteriaGrid(ClusterableModel):
    """One version of the grid. A version that has scores is frozen: changes make a new version."""

    version = models.PositiveSmallIntegerField(_("version"), unique=True)
    is_current = models.BooleanField(
        _("current"), default=False, help_text=_("New assessments are scored on the current version.")
    )
    note = models.TextField(_("what changed"), blank=True)
    created = created_stamp()

    panels = [
        FieldPanel("version"),
        FieldPanel("is_current"),
        FieldPanel("note"),
        InlinePanel("criteria", label=_("Criteria")),
    ]

    class Meta:
        verbose_name = _("criteria grid")
        verbose_name_plural = _("criteria grids")
        ordering = ["-version"]
        constraints = [
            models.UniqueConstraint(
                fields=["is_current"], condition=models.Q(is_current=True), name="one_current_grid"
            ),
        ]

    def __str__(self):
        return _("Criteria grid, version %(version)s") % {"version": self.version}

    @property
    def is_frozen(self) -> bool:
        return self.pk is not None and Score.objects.filter(criterion__grid=self).exists()

    def clean(self):
        super().clean()
        if self.is_frozen and _changed(self, ["version", "note"]):
            raise ValidationError(FROZEN_MESSAGE)

    def save(self, *args, **kwargs):
        if self.is_current:
            # The version made current replaces the previous one as the version new scores use.
            CriteriaGrid.objects.filter(is_current=True).exclude(pk=self.pk).update(is_current=False)
        super().save(*args, **kwargs)


FROZEN_MESSAGE = _(
    "Assessments have been scored on this version of the grid, and their scores must keep their "
    "meaning. Add a grid with the next version number for your changes instead."
)


def _changed(instance, names) -> bool:
    stored = type(instance).objects.filter(pk=instance.pk).values(*names).first()
    return stored is not None and any(stored[name] != getattr(instance, name) for name in names)


class Criterion(models.Model):
    """An element of the SI process or a core support area, scored from 1 to 5.

    `key` names the same criterion across versions (e.g. "element-3", "area-scaling"), so the
    comparison can put scores of different versions side by side.
    """

    class Kind(models.TextChoices):
        ELEMENT = "element", _("Element of the SI process")
        SUPPORT_AREA = "support_area", _("Core support area")

    grid = ParentalKey(CriteriaGrid, on_delete=models.CASCADE, related_name="criteria")
    key = models.SlugField(_("key"), max_length=32)
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    element = optional_foreign_key(
        ProcessElement, on_delete=models.PROTECT, verbose_name=_("process element")
    )
    support_area = optional_foreign_key(
        SupportArea, on_delete=models.PROTECT, verbose_name=_("core support area")
    )
    name = models.CharField(_("name"), max_length=255)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    guidance_1 = models.TextField(_("guidance for 1"), blank=True)
    guidance_2 = models.TextField(_("guidance for 2"), blank=True)
    guidance_3 = models.TextField(_("guidance for 3"), blank=True)
    guidance_4 = models.TextField(_("guidance for 4"), blank=True)
    guidance_5 = models.TextField(_("guidance for 5"), blank=True)

    panels = [
        FieldPanel("key"),
        FieldPanel("kind"),
        FieldPanel("element"),
        FieldPanel("support_area"),
        FieldPanel("name"),
        FieldPanel("position"),
        FieldPanel("guidance_1"),
        FieldPanel("guidance_2"),
        FieldPanel("guidance_3"),
        FieldPanel("guidance_4"),
        FieldPanel("guidance_5"),
    ]

    class Meta:
        verbose_name = _("criterion")
        verbose_name_plural = _("criteria")
        ordering = ["grid", "position"]
        constraints = [models.UniqueConstraint(fields=["grid", "key"], name="unique_criterion_key")]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        if self.pk and self.grid_id and self.grid.is_frozen:
            names = ["key", "kind", "element_id", "support_area_id", "position"]
            names += [f.attname for f in self._meta.fields if f.name.startswith(("name", "guidance"))]
            if _changed(self, names):
                raise ValidationError(FROZEN_MESSAGE)

    def guidance(self) -> list[tuple[int, str]]:
        return [(level, getattr(self, f"guidance_{level}")) for level in SCALE]


class EntryStatus(models.TextChoices):
    DRAFT = "draft", pgettext_lazy("mapping entry status", "Draft")
    SUBMITTED = "submitted", pgettext_lazy("mapping entry status", "Submitted")
    CHANGES_REQUESTED = "changes_requested", pgettext_lazy("mapping entry status", "Changes requested")
    RESUBMITTED = "resubmitted", pgettext_lazy("mapping entry status", "Resubmitted")
    APPROVED = "approved", pgettext_lazy("mapping entry status", "Approved")
    REJECTED = "rejected", pgettext_lazy("mapping entry status", "Rejected")


EDITABLE = (EntryStatus.DRAFT, EntryStatus.CHANGES_REQUESTED)
IN_REVIEW = (EntryStatus.SUBMITTED, EntryStatus.RESUBMITTED)


class MappingEntry(RevisionMixin, index.Indexed, models.Model):
    """An actor, initiative, experience or assessment of a country's ecosystem, by a partner."""

    class Kind(models.TextChoices):
        ACTOR = "actor", _("Actor")
        INITIATIVE = "initiative", _("Initiative")
        EXPERIENCE = "experience", _("Experience")
        ASSESSMENT = "assessment", _("Ecosystem assessment")

    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    country = models.CharField(_("country"), max_length=2, choices=COUNTRIES)
    organisation = models.ForeignKey(
        Organisation,
        on_delete=models.PROTECT,
        related_name="mapping_entries",
        verbose_name=_("submitting organisation"),
    )
    language = language_field(_("language of the entry"), default=settings.LANGUAGE_CODE)
    title = models.CharField(_("title"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    strengths = models.TextField(_("strengths"), blank=True)
    weaknesses = models.TextField(_("weaknesses"), blank=True)
    barriers = models.TextField(_("barriers"), blank=True)
    inspiring_initiatives = models.TextField(_("inspiring initiatives"), blank=True)
    links = models.JSONField(_("links"), default=list, blank=True)
    grid = optional_foreign_key(
        CriteriaGrid,
        on_delete=models.PROTECT,
        related_name="entries",
        verbose_name=_("criteria grid"),
        help_text=_("The grid an assessment is scored on; kept when a new version comes."),
    )
    status = models.CharField(
        _("status"), max_length=20, choices=EntryStatus.choices, default=EntryStatus.DRAFT
    )
    # Raised by every save through the services: a form sent with an older number is stale.
    edit_version = models.PositiveIntegerField(_("edit version"), default=1)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("created by"),
    )
    created = created_stamp()
    updated = updated_stamp()
    updated_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
        verbose_name=_("last edited by"),
    )
    submitted = models.DateTimeField(_("last submitted"), null=True, blank=True)
    approved = models.DateTimeField(_("approved"), null=True, blank=True)
    is_demo = demo_marker()
    _revisions = revisions_relation("mapping_entry")

    search_fields = [
        index.SearchField("title"),
        index.AutocompleteField("title"),
        index.FilterField("country"),
        index.FilterField("kind"),
        index.FilterField("status"),
    ]
    # The fields a submission's diff compares, in the order the review shows them.
    compared_fields = ("title", *ACCOUNT_FIELDS)

    class Meta:
        verbose_name = _("mapping entry")
        verbose_name_plural = _("mapping entries")
        ordering = ["-updated"]
        permissions = [("review_mappingentry", _("Can review mapping entries"))]
        indexes = [
            models.Index(fields=["country", "status", "-approved"], name="mapping_public_by_country"),
            models.Index(fields=["organisation", "-updated"], name="mapping_by_organisation"),
            models.Index(fields=["status", "-submitted"], name="mapping_review_queue"),
        ]

    def __str__(self):
        return self.title

    @property
    def is_editable(self) -> bool:
        return self.status in EDITABLE

    @property
    def is_assessment(self) -> bool:
        return self.kind == self.Kind.ASSESSMENT

    def serializable_data(self):
        """A revision keeps the scores too, so a resubmission's changed scores can be shown."""
        data = super().serializable_data()
        data[SCORES_IN_REVISION] = (
            [
                {"criterion": score.criterion_id, "score": score.score, "comment": score.comment}
                for score in self.scores.order_by("criterion_id")
            ]
            if self.pk
            else []
        )
        return data


# Not a field name: restoring a revision ignores it.
SCORES_IN_REVISION = "score_snapshot"


class Score(models.Model):
    """An assessment's score for one criterion of its grid, with the partner's comment."""

    entry = models.ForeignKey(MappingEntry, on_delete=models.CASCADE, related_name="scores")
    criterion = models.ForeignKey(Criterion, on_delete=models.PROTECT, related_name="scores")
    score = models.PositiveSmallIntegerField(
        _("score"), validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    comment = models.TextField(_("comment"), blank=True)

    class Meta:
        verbose_name = _("score")
        verbose_name_plural = _("scores")
        constraints = [
            models.UniqueConstraint(fields=["entry", "criterion"], name="one_score_per_criterion"),
            models.CheckConstraint(condition=models.Q(score__gte=1, score__lte=5), name="score_on_the_scale"),
        ]

    def __str__(self):
        return f"{self.criterion}: {self.score}"


def attachment_path(instance, filename):
    return f"mapping/{instance.entry.organisation_id}/{instance.entry_id}/{filename}"


class Attachment(models.Model):
    """A file attached to an entry: kept outside the public media, served only to those who may see it."""

    entry = models.ForeignKey(MappingEntry, on_delete=models.CASCADE, related_name="attachments")
    file = models.FileField(_("file"), upload_to=attachment_path, storage=private_storage, max_length=255)
    name = models.CharField(_("file name"), max_length=255)
    content_type = models.CharField(_("type"), max_length=100)
    size = models.PositiveIntegerField(_("size in bytes"))
    # The same content attached twice to one entry is stored once (services.attachment_add).
    sha256 = models.CharField(_("SHA-256 of the content"), max_length=64, blank=True, editable=False)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+"
    )
    uploaded = created_stamp(_("uploaded"))

    class Meta:
        verbose_name = _("attachment")
        verbose_name_plural = _("attachments")
        ordering = ["uploaded"]
        constraints = [
            # Blank for files stored before the hash was kept, if their content was already there.
            models.UniqueConstraint(
                fields=["entry", "sha256"], condition=~models.Q(sha256=""), name="one_file_per_content"
            ),
        ]

    def __str__(self):
        return self.name


class Transition(models.Model):
    """One step of an entry's review: who moved it from which status to which, when, and why."""

    entry = models.ForeignKey(MappingEntry, on_delete=models.CASCADE, related_name="transitions")
    from_status = models.CharField(_("from"), max_length=20, choices=EntryStatus.choices)
    to_status = models.CharField(_("to"), max_length=20, choices=EntryStatus.choices)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, related_name="+", verbose_name=_("by")
    )
    at = created_stamp(_("at"))
    comment = models.TextField(_("comment"), blank=True)
    # The entry's revision at this step: a resubmission is compared with the last submission.
    revision = optional_foreign_key("wagtailcore.Revision", related_name="+")

    class Meta:
        verbose_name = _("review step")
        verbose_name_plural = _("review steps")
        ordering = ["at", "pk"]

    def __str__(self):
        return f"{self.get_from_status_display()} → {self.get_to_status_display()}"


class MappingIndexPage(HostedPageMixin, CachedRestrictionsMixin, Page):
    """The mapping's public results: the four countries compared, criterion by criterion."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["mapping.MappingCountryPage"]
    max_count = 1

    class Meta:
        verbose_name = _("ecosystem mapping")

    def get_context(self, request, *args, **kwargs):
        from .selectors import comparison, country_result_pages

        context = super().get_context(request, *args, **kwargs)
        context["comparison"] = comparison()
        context["country_pages"] = country_result_pages(self, request)
        return context


class MappingCountryPage(CountryPageBase):
    """One country's mapping: the strengths, weaknesses and inspiring initiatives of its approved entries."""

    parent_page_types = ["mapping.MappingIndexPage"]

    class Meta:
        verbose_name = _("country mapping")

    def get_context(self, request, *args, **kwargs):
        from .selectors import approved_entries_page, country_scores

        context = super().get_context(request, *args, **kwargs)
        context["entries"] = approved_entries_page(self.country, request.GET.get("page"))
        context["scores"] = country_scores(self.country)
        return context
