"""WP5: national CCSI strategies, how each meets the institutional design criteria, and action plans.

A strategy is the plan of one country to establish or consolidate a national institution that
works as a competence centre for social innovation (deliverable D5.2). Staff keep the records in
the Wagtail admin; strategies and action items keep revisions, so Wagtail's history shows who
changed what and when. Text that readers see is translated with modeltranslation: one column
per language, entered in one admin tab per language, falling back to the default language.
The public sees a strategy only when it is adopted and marked public; its page is a route below
the strategies' page, read from the record, so the record is the one source of truth.
"""

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel, ObjectList
from wagtail.models import RevisionMixin

from apps.core.due import DueItem
from apps.core.fields import demo_marker, optional_foreign_key, public_flag, revisions_relation
from apps.core.i18n import fields_of
from apps.core.panels import open_fact, tabbed_by_language
from apps.core.periods import ends_after_starts, require_period
from apps.core.validators import require_default_language, require_title
from apps.core.web.record_pages import RecordIndexPage
from apps.partners.models import Organisation
from apps.vocabulary.models import COUNTRIES, SupportArea


def language_panels(field: str) -> list[FieldPanel]:
    """Every language's column of a translated field of an inline child, which has no tabs."""
    # modeltranslation names each column's label with its language: "text [sv]".
    return [FieldPanel(name) for name in fields_of(field)]


class DesignCriterion(models.Model):
    """An institutional design criterion of a competence centre; the sources name none, staff add them."""

    name = models.CharField(_("name"), max_length=255)
    description = models.TextField(_("description"), blank=True)
    sort_order = models.PositiveSmallIntegerField(_("order"), default=0)

    edit_handler = tabbed_by_language(
        _("Design criterion"), [FieldPanel("sort_order")], "name", "description"
    )

    class Meta:
        verbose_name = _("institutional design criterion")
        verbose_name_plural = _("institutional design criteria")
        ordering = ["sort_order", "pk"]

    def __str__(self):
        return self.name

    def clean(self):
        super().clean()
        require_default_language(self, "name", _("Give a name in the default language at least."))


class Strategy(RevisionMixin, ClusterableModel):
    """One version of a country's national CCSI strategy."""

    class Status(models.TextChoices):
        DRAFT = "draft", pgettext_lazy("strategy status", "Draft")
        CONSULTATION = "consultation", pgettext_lazy("strategy status", "In consultation")
        ADOPTED = "adopted", pgettext_lazy("strategy status", "Adopted")

    country = models.CharField(_("country"), max_length=2, choices=COUNTRIES)
    version = models.PositiveSmallIntegerField(_("version"), default=1, validators=[MinValueValidator(1)])
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.DRAFT)
    adopted_on = models.DateField(_("adopted on"), null=True, blank=True)
    vision = models.TextField(_("vision"), blank=True)
    governance = models.TextField(_("governance"), blank=True)
    legal_form = models.TextField(_("legal form"), blank=True)
    funding_model = models.TextField(_("funding model"), blank=True)
    is_public = public_flag(_("Show it on the public pages once it is adopted."))
    is_demo = demo_marker()
    _revisions = revisions_relation("strategy")

    edit_handler = tabbed_by_language(
        _("Strategy"),
        [
            FieldPanel("country"),
            FieldPanel("version"),
            FieldPanel("status"),
            FieldPanel("adopted_on"),
            FieldPanel("is_public"),
        ],
        "vision",
        "governance",
        "legal_form",
        "funding_model",
        more=(
            ObjectList(
                [
                    InlinePanel("criteria", heading=_("Design criteria"), label=_("Design criterion")),
                    InlinePanel("services", heading=_("Services"), label=_("Service")),
                ],
                heading=_("Criteria and services"),
            ),
        ),
    )

    class Meta:
        verbose_name = _("strategy")
        verbose_name_plural = _("strategies")
        ordering = ["country", "-version"]
        constraints = [
            models.UniqueConstraint(fields=["country", "version"], name="one_strategy_per_country_version"),
        ]
        indexes = [models.Index(fields=["status", "is_public", "country"], name="strategies_public")]

    def __str__(self):
        return _("%(country)s strategy, version %(version)s") % {
            "country": self.get_country_display(),
            "version": self.version,
        }

    def clean(self):
        super().clean()
        if self.status == self.Status.ADOPTED and not self.adopted_on:
            raise ValidationError({"adopted_on": _("Give the date an adopted strategy was adopted.")})
        if self.status != self.Status.ADOPTED and self.adopted_on:
            raise ValidationError({"adopted_on": _("Only an adopted strategy has an adoption date.")})


class StrategyCriterion(models.Model):
    """How a strategy meets one institutional design criterion."""

    strategy = ParentalKey(Strategy, on_delete=models.CASCADE, related_name="criteria")
    criterion = models.ForeignKey(
        DesignCriterion, on_delete=models.PROTECT, related_name="+", verbose_name=_("criterion")
    )
    text = models.TextField(_("how the strategy meets it"), blank=True)

    panels = [FieldPanel("criterion"), *language_panels("text")]

    class Meta:
        verbose_name = _("strategy's design criterion")
        verbose_name_plural = _("strategy's design criteria")
        ordering = ["criterion__sort_order", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["strategy", "criterion"], name="one_answer_per_criterion"),
        ]

    def __str__(self):
        return str(self.criterion)


class StrategyService(models.Model):
    """What the centre a strategy plans offers in one of the five core support areas."""

    strategy = ParentalKey(Strategy, on_delete=models.CASCADE, related_name="services")
    support_area = models.ForeignKey(
        SupportArea, on_delete=models.PROTECT, related_name="+", verbose_name=_("core support area")
    )
    description = models.TextField(_("description"), blank=True)

    panels = [FieldPanel("support_area"), *language_panels("description")]

    class Meta:
        verbose_name = _("service")
        verbose_name_plural = _("services")
        ordering = ["support_area__number", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["strategy", "support_area"], name="one_service_per_support_area"),
        ]

    def __str__(self):
        return str(self.support_area)


class ActionPlan(models.Model):
    """An action plan of a strategy, over a period."""

    strategy = models.ForeignKey(
        Strategy, on_delete=models.CASCADE, related_name="plans", verbose_name=_("strategy")
    )
    title = models.CharField(_("title"), max_length=255)
    starts_on = models.DateField(_("period starts"), null=True, blank=True)
    ends_on = models.DateField(_("period ends"), null=True, blank=True)
    is_demo = demo_marker()

    edit_handler = tabbed_by_language(
        _("Action plan"), [FieldPanel("strategy"), FieldPanel("starts_on"), FieldPanel("ends_on")], "title"
    )

    class Meta:
        verbose_name = _("action plan")
        verbose_name_plural = _("action plans")
        ordering = ["strategy", "starts_on", "pk"]
        constraints = [
            ends_after_starts("starts_on", "ends_on", "action_plan_ends_after_it_starts"),
        ]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        require_title(self)
        require_period(self, "starts_on", "ends_on", _("An action plan cannot end before it starts."))


class ActionItem(RevisionMixin, DueItem):
    """An action of a plan: who is responsible, by when, and how far it has come."""

    class Status(models.TextChoices):
        NOT_STARTED = "not_started", pgettext_lazy("action item status", "Not started")
        IN_PROGRESS = "in_progress", pgettext_lazy("action item status", "In progress")
        DONE = "done", pgettext_lazy("action item status", "Done")
        DROPPED = "dropped", pgettext_lazy("action item status", "Dropped")

    # An item in one of these is no longer due, so it is never overdue.
    CLOSED = (Status.DONE, Status.DROPPED)

    plan = models.ForeignKey(
        ActionPlan, on_delete=models.CASCADE, related_name="items", verbose_name=_("action plan")
    )
    title = models.CharField(_("title"), max_length=255)
    responsible_organisation = optional_foreign_key(
        Organisation, related_name="action_items", verbose_name=_("responsible organisation")
    )
    status = models.CharField(_("status"), max_length=16, choices=Status.choices, default=Status.NOT_STARTED)
    progress = models.PositiveSmallIntegerField(
        _("progress (%)"), default=0, validators=[MinValueValidator(0), MaxValueValidator(100)]
    )
    note = models.TextField(_("note"), blank=True, help_text=_("For staff; not shown on the public pages."))
    is_demo = demo_marker()
    _revisions = revisions_relation("action_item")

    edit_handler = tabbed_by_language(
        _("Action item"),
        [
            FieldPanel("plan"),
            open_fact("responsible_organisation"),
            open_fact("due_date"),
            FieldPanel("status"),
            FieldPanel("progress"),
            FieldPanel("note"),
        ],
        "title",
    )

    class Meta:
        verbose_name = _("action item")
        verbose_name_plural = _("action items")
        ordering = ["plan", "due_date", "pk"]
        constraints = [
            models.CheckConstraint(
                condition=models.Q(progress__gte=0) & models.Q(progress__lte=100),
                name="action_item_progress_0_to_100",
            ),
        ]
        indexes = [models.Index(fields=["plan", "status"], name="action_items_by_status")]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        require_title(self)


class StrategyIndexPage(RecordIndexPage):
    """The public page of the national strategies, and each adopted public strategy at `<country>/`.

    It has no child pages: a strategy is a record, found by its country's code (lower case) with
    one indexed query, so it needs no ChildBySlugMixin.
    """

    record_selector = "public_strategy"
    index_view = "strategy_index_serve"
    record_view = "strategy_serve"

    class Meta:
        verbose_name = _("strategies page")
