"""The project's work: work packages WP1–WP5, their deliverables and milestones, and the WP3 pilots.

Staff keep these records in the Wagtail admin. Work packages, deliverables, milestones and pilots
are snippets with revisions, so Wagtail's history shows who changed what and when, and compares
any two versions field by field. The site's work-package pages show the records (the site layer
composes them); the pilots have pages of their own below the WP3 page. What the public sees is
chosen per record with `is_public`.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator, RegexValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, PageChooserPanel
from wagtail.fields import StreamField
from wagtail.models import Page, RevisionMixin

from apps.core.blocks import BaseStreamBlock
from apps.core.due import DueItem
from apps.core.fields import demo_marker, optional_foreign_key, public_flag, revisions_relation
from apps.core.files.uploads import private_storage, validate_attachment
from apps.core.panels import open_fact, tabbed_by_language
from apps.core.periods import ends_after_starts, require_period
from apps.core.validators import require_title
from apps.core.web.placement import HostedPageMixin
from apps.core.web.routing import CachedRestrictionsMixin
from apps.partners.models import Organisation, organisation_in_role
from apps.vocabulary.models import COUNTRIES


class WorkPackage(RevisionMixin, models.Model):
    """One of the project's five work packages. Its page on the site shows this record."""

    class Kind(models.TextChoices):
        COORDINATION = "coordination", _("Coordination")
        SUMMATIVE = "summative", _("Summative")
        FORMATIVE = "formative", _("Formative")

    number = models.PositiveSmallIntegerField(
        _("number"), unique=True, validators=[MinValueValidator(1), MaxValueValidator(5)]
    )
    kind = models.CharField(_("kind"), max_length=16, choices=Kind.choices)
    objectives = models.TextField(_("objectives"), blank=True)
    description = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("description"))
    lead_partner = organisation_in_role("led_work_packages", _("lead partner"))
    supporting_partner = organisation_in_role("supported_work_packages", _("supporting partner"))
    start_month = models.PositiveSmallIntegerField(
        _("start month"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Project month."),
    )
    end_month = models.PositiveSmallIntegerField(
        _("end month"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Project month."),
    )
    _revisions = revisions_relation("work_package")

    edit_handler = tabbed_by_language(
        _("Work package"),
        [
            FieldPanel("number"),
            FieldPanel("kind"),
            open_fact("lead_partner"),
            open_fact("supporting_partner"),
            open_fact("start_month"),
            open_fact("end_month"),
        ],
        "objectives",
        "description",
    )

    class Meta:
        verbose_name = _("work package")
        verbose_name_plural = _("work packages")
        ordering = ["number"]
        constraints = [
            ends_after_starts("start_month", "end_month", "work_package_ends_after_it_starts"),
        ]

    def __str__(self):
        return _("WP%(number)s") % {"number": self.number}

    @property
    def partners(self) -> list[tuple[str, Organisation | None]]:
        return [(_("Lead partner"), self.lead_partner), (_("Supporting partner"), self.supporting_partner)]

    def clean(self):
        super().clean()
        require_period(self, "start_month", "end_month", _("A work package cannot end before it starts."))
        if self.lead_partner_id and self.lead_partner_id == self.supporting_partner_id:
            raise ValidationError(
                {
                    "supporting_partner": _(
                        "The supporting partner must be another organisation than the lead."
                    )
                }
            )


deliverable_code_validator = RegexValidator(
    r"^D[1-9][0-9]*\.[1-9][0-9]*$",
    _("Write the code as D, the work package's number, a dot and a number: D5.2."),
)


def deliverable_path(instance, filename):
    return f"deliverables/{instance.code}/{filename}"


class Deliverable(RevisionMixin, DueItem):
    """A deliverable of a work package, such as D5.2. Its file is public only when the deliverable is."""

    class Status(models.TextChoices):
        PLANNED = "planned", pgettext_lazy("deliverable status", "Planned")
        IN_PROGRESS = "in_progress", pgettext_lazy("deliverable status", "In progress")
        SUBMITTED = "submitted", pgettext_lazy("deliverable status", "Submitted")
        ACCEPTED = "accepted", pgettext_lazy("deliverable status", "Accepted")

    # A deliverable in one of these is no longer due, so it is never overdue.
    CLOSED = (Status.SUBMITTED, Status.ACCEPTED)

    code = models.CharField(_("code"), max_length=16, unique=True, validators=[deliverable_code_validator])
    title = models.CharField(_("title"), max_length=255)
    work_package = models.ForeignKey(
        WorkPackage, on_delete=models.PROTECT, related_name="deliverables", verbose_name=_("work package")
    )
    # Blank when the sources do not say, as for the loaded D5.2.
    status = models.CharField(
        _("status"), max_length=16, choices=Status.choices, default=Status.PLANNED, blank=True
    )
    file = models.FileField(
        _("file"),
        upload_to=deliverable_path,
        storage=private_storage,
        validators=[validate_attachment],
        max_length=255,
        blank=True,
    )
    is_public = public_flag(_("Show it and its file on the work package's page."))
    is_demo = demo_marker()
    _revisions = revisions_relation("deliverable")

    edit_handler = tabbed_by_language(
        _("Deliverable"),
        [
            FieldPanel("code"),
            FieldPanel("work_package"),
            open_fact("due_date"),
            FieldPanel("status"),
            FieldPanel("file"),
            FieldPanel("is_public"),
        ],
        "title",
    )

    class Meta:
        verbose_name = _("deliverable")
        verbose_name_plural = _("deliverables")
        ordering = ["work_package__number", "code"]
        indexes = [models.Index(fields=["work_package", "is_public"], name="deliverables_public_by_wp")]

    def __str__(self):
        return f"{self.code} {self.title}"

    def clean(self):
        super().clean()
        require_title(self)
        if self.code and self.work_package_id:
            number = (
                WorkPackage.objects.filter(pk=self.work_package_id).values_list("number", flat=True).first()
            )
            if number is not None and not self.code.startswith(f"D{number}."):
                raise ValidationError(
                    {
                        "code": _("A deliverable of WP%(number)s has a code D%(number)s.n.")
                        % {"number": number}
                    }
                )


class Milestone(RevisionMixin, models.Model):
    """A milestone of a work package: a date, and whether it has been reached."""

    work_package = models.ForeignKey(
        WorkPackage, on_delete=models.PROTECT, related_name="milestones", verbose_name=_("work package")
    )
    number = models.PositiveSmallIntegerField(_("number"), validators=[MinValueValidator(1)])
    title = models.CharField(_("title"), max_length=255)
    date = models.DateField(_("date"), null=True, blank=True)
    reached = models.BooleanField(_("reached"), default=False)
    _revisions = revisions_relation("milestone")

    edit_handler = tabbed_by_language(
        _("Milestone"),
        [FieldPanel("work_package"), FieldPanel("number"), open_fact("date"), FieldPanel("reached")],
        "title",
    )

    class Meta:
        verbose_name = _("milestone")
        verbose_name_plural = _("milestones")
        ordering = ["work_package__number", "number"]
        constraints = [
            models.UniqueConstraint(fields=["work_package", "number"], name="one_milestone_per_number"),
        ]

    def __str__(self):
        return f"M{self.work_package.number}.{self.number} {self.title}"

    def clean(self):
        super().clean()
        require_title(self)


class PilotStageName(models.TextChoices):
    SELECTION = "selection", _("Selection")
    MENTORING = "mentoring", _("Mentoring")
    ADAPTATION = "adaptation", _("Adaptation")
    TESTING = "testing", _("Testing")
    EVALUATION = "evaluation", _("Evaluation")


class Pilot(RevisionMixin, ClusterableModel):
    """One of the two WP3 pilots: a practice transferred across a border through mentoring.

    `is_public` decides whether the pilot's page shows the practice, the organisations and the
    stages; its sessions and its transfer analysis are published one by one.
    """

    country = models.CharField(_("country"), max_length=2, choices=COUNTRIES, unique=True)
    method = models.TextField(_("method"), blank=True)
    practice_transferred = models.TextField(_("practice transferred"), blank=True)
    practice_page = optional_foreign_key(
        "wagtailcore.Page",
        related_name="+",
        verbose_name=_("where the practice comes from"),
        help_text=_("The case of the best-practice library that the pilot transfers, if it is one."),
    )
    mentor_organisation = organisation_in_role("mentored_pilots", _("mentor organisation"))
    mentee_organisation = organisation_in_role("mentee_pilots", _("mentee organisation"))
    is_public = public_flag(_("Show the practice, the organisations and the stages on the pilot's page."))
    _revisions = revisions_relation("pilot")

    edit_handler = tabbed_by_language(
        _("Pilot"),
        [
            FieldPanel("country"),
            PageChooserPanel("practice_page", "practices.PracticePage"),
            open_fact("mentor_organisation"),
            open_fact("mentee_organisation"),
            FieldPanel("is_public"),
            InlinePanel("stages", heading=_("Stages"), label=_("Stage")),
        ],
        "method",
        "practice_transferred",
    )

    class Meta:
        verbose_name = _("pilot")
        verbose_name_plural = _("pilots")
        ordering = ["country"]

    def __str__(self):
        return _("Pilot in %(country)s") % {"country": self.get_country_display()}

    @property
    def current_stage(self):
        """The stage begun last; stages are prefetched in order of their start."""
        stages = list(self.stages.all())
        return stages[-1] if stages else None


class PilotStage(models.Model):
    """A stage a pilot went through, with its dates: the pilot's history."""

    pilot = ParentalKey(Pilot, on_delete=models.CASCADE, related_name="stages")
    stage = models.CharField(_("stage"), max_length=16, choices=PilotStageName.choices)
    start_date = models.DateField(_("start date"))
    end_date = models.DateField(_("end date"), null=True, blank=True)
    note = models.TextField(_("note"), blank=True, help_text=_("For staff; not shown on the public page."))

    panels = [FieldPanel("stage"), FieldPanel("start_date"), FieldPanel("end_date"), FieldPanel("note")]

    class Meta:
        verbose_name = _("pilot stage")
        verbose_name_plural = _("pilot stages")
        ordering = ["start_date", "pk"]
        constraints = [
            ends_after_starts(
                "start_date", "end_date", "pilot_stage_ends_after_it_starts", start_may_be_empty=False
            ),
        ]

    def __str__(self):
        return self.get_stage_display()

    def clean(self):
        super().clean()
        require_period(self, "start_date", "end_date", _("A stage cannot end before it starts."))


class MentoringSession(models.Model):
    """A mentoring session of a pilot.

    Participants are a count, not names: who took part is personal data, not content of the portal.
    """

    pilot = models.ForeignKey(
        Pilot, on_delete=models.CASCADE, related_name="sessions", verbose_name=_("pilot")
    )
    date = models.DateField(_("date"))
    participants = models.PositiveSmallIntegerField(_("number of participants"), null=True, blank=True)
    topics = models.TextField(_("topics"), blank=True)
    outcomes = models.TextField(_("outcomes"), blank=True)
    is_public = public_flag()

    edit_handler = tabbed_by_language(
        _("Mentoring session"),
        [
            FieldPanel("pilot"),
            FieldPanel("date"),
            FieldPanel("participants"),
            FieldPanel("is_public"),
        ],
        "topics",
        "outcomes",
    )

    class Meta:
        verbose_name = _("mentoring session")
        verbose_name_plural = _("mentoring sessions")
        ordering = ["pilot", "date"]

    def __str__(self):
        return f"{self.pilot} – {self.date:%Y-%m-%d}"


class TransferAnalysis(models.Model):
    """What the transfer of the practice to the pilot's country teaches: one analysis per pilot."""

    pilot = models.OneToOneField(
        Pilot, on_delete=models.CASCADE, related_name="transfer_analysis", verbose_name=_("pilot")
    )
    context_factors = models.TextField(_("context factors"), blank=True)
    adaptations = models.TextField(_("adaptations"), blank=True)
    barriers = models.TextField(_("barriers"), blank=True)
    results = models.TextField(_("results"), blank=True)
    recommendations = models.TextField(_("recommendations"), blank=True)
    is_public = public_flag()

    edit_handler = tabbed_by_language(
        _("Transfer analysis"),
        [FieldPanel("pilot"), FieldPanel("is_public")],
        "context_factors",
        "adaptations",
        "barriers",
        "results",
        "recommendations",
    )

    class Meta:
        verbose_name = _("transfer analysis")
        verbose_name_plural = _("transfer analyses")

    def __str__(self):
        return _("Transfer analysis: %(pilot)s") % {"pilot": self.pilot}


class PilotPage(HostedPageMixin, CachedRestrictionsMixin, Page):
    """The public page of a pilot, below the WP3 page: only what staff marked public."""

    pilot = models.OneToOneField(
        Pilot, on_delete=models.SET_NULL, null=True, blank=True, related_name="page", verbose_name=_("pilot")
    )
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("pilot"), FieldPanel("intro")]
    subpage_types = []

    class Meta:
        verbose_name = _("pilot page")

    def get_context(self, request, *args, **kwargs):
        from .selectors import pilot_public

        context = super().get_context(request, *args, **kwargs)
        context["pilot"] = pilot_public(self.pilot_id) if self.pilot_id else None
        return context
