"""WP4: capacity building for the five core support areas, and the knowledge hub of tools and methods.

The sources say that WP4 offers a way to gain practical knowledge of the five core support areas
of a future CCSI, debated and applied on four thematic areas of national importance per country,
defined in a participatory process, and that it systematises tools and methods in a knowledge
hub for cross-border exchange. They name no thematic area and no tool, so staff add them.

A country's thematic areas are themes of the shared vocabulary, so the capacity-building
activities (apps/activities, tagged with a core support area and a theme) link to them without
this app knowing the activities. Text that readers see is translated with modeltranslation.
"""

from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalKey
from modelcluster.models import ClusterableModel
from wagtail.admin.panels import FieldPanel, InlinePanel
from wagtail.models import RevisionMixin

from apps.core.fields import (
    created_stamp,
    demo_marker,
    language_field,
    optional_foreign_key,
    public_flag,
    updated_stamp,
)
from apps.core.i18n import LANGUAGE_CODES, fields_of
from apps.core.panels import tabbed_by_language
from apps.core.validators import default_language_errors
from apps.core.web.record_pages import RecordIndexPage
from apps.vocabulary.models import COUNTRIES, ProcessElement, SupportArea, Theme

AREAS_PER_COUNTRY = 4


class ThematicSelection(RevisionMixin, ClusterableModel):
    """A country's four thematic areas of national importance, and how they were chosen."""

    country = models.CharField(_("country"), max_length=2, choices=COUNTRIES, unique=True)
    process = models.TextField(
        _("how the areas were chosen"),
        blank=True,
        help_text=_("The participatory process: who took part, how, and when."),
    )
    decided_on = models.DateField(_("decided on"), null=True, blank=True)
    is_public = public_flag(_("Shown on the public pages."), default=True)
    is_demo = demo_marker()
    updated = updated_stamp()

    edit_handler = tabbed_by_language(
        _("Thematic areas"),
        [
            FieldPanel("country"),
            FieldPanel("decided_on"),
            FieldPanel("is_public"),
            InlinePanel(
                "areas",
                heading=_("Thematic areas"),
                label=_("Thematic area"),
                max_num=AREAS_PER_COUNTRY,
            ),
        ],
        "process",
    )

    class Meta:
        ordering = ["country"]
        verbose_name = _("thematic areas of a country")
        verbose_name_plural = _("thematic areas of the countries")

    def __str__(self):
        return str(self.get_country_display())


class ThematicArea(models.Model):
    """One of a country's thematic areas: a theme of the shared vocabulary, and why it matters there."""

    selection = ParentalKey(ThematicSelection, on_delete=models.CASCADE, related_name="areas")
    position = models.PositiveSmallIntegerField(
        _("position"),
        validators=[MinValueValidator(1), MaxValueValidator(AREAS_PER_COUNTRY)],
        help_text=_("1 to 4: a country has four thematic areas."),
    )
    theme = models.ForeignKey(
        Theme, on_delete=models.PROTECT, related_name="national_areas", verbose_name=_("theme")
    )
    note = models.TextField(_("why it matters in the country"), blank=True)

    panels = [
        FieldPanel("position"),
        FieldPanel("theme"),
        *[FieldPanel(name) for name in fields_of("note")],
    ]

    class Meta:
        ordering = ["selection", "position"]
        verbose_name = _("thematic area")
        verbose_name_plural = _("thematic areas")
        constraints = [
            # Positions 1 to 4, each once: a country never has more than four areas.
            models.CheckConstraint(
                condition=models.Q(position__gte=1, position__lte=AREAS_PER_COUNTRY),
                name="capacity_area_position_1_to_4",
            ),
            models.UniqueConstraint(fields=["selection", "position"], name="capacity_area_position_once"),
            models.UniqueConstraint(fields=["selection", "theme"], name="capacity_area_theme_once"),
        ]

    def __str__(self):
        return f"{self.position}. {self.theme}"


class HubItem(RevisionMixin, models.Model):
    """A tool or method in the knowledge hub, shared across borders."""

    class Kind(models.TextChoices):
        TOOL = "tool", _("Tool")
        METHOD = "method", _("Method")

    kind = models.CharField(_("kind"), max_length=8, choices=Kind.choices, default=Kind.TOOL)
    title = models.CharField(_("title"), max_length=255)
    slug = models.SlugField(_("slug"), max_length=80, unique=True, help_text=_("Its address in the hub."))
    description = models.TextField(_("description"))
    support_area = models.ForeignKey(
        SupportArea,
        on_delete=models.PROTECT,
        related_name="hub_items",
        verbose_name=_("core support area"),
    )
    element = models.ForeignKey(
        ProcessElement,
        on_delete=models.PROTECT,
        related_name="hub_items",
        verbose_name=_("process element"),
    )
    link = models.URLField(_("link"), max_length=500, blank=True)
    document = optional_foreign_key(
        "wagtaildocs.Document", on_delete=models.PROTECT, related_name="+", verbose_name=_("file")
    )
    language = language_field(_("language of the tool"), help_text=_("The language it is written in."))
    country = models.CharField(_("country of origin"), max_length=2, choices=COUNTRIES)
    is_public = public_flag(_("Shown in the public hub."), default=True)
    is_demo = demo_marker()
    created = created_stamp(_("added"))
    updated = updated_stamp()
    # One vector per language, each with its language's stemming (apps/core/listings/textsearch.py).
    search_sv = SearchVectorField(null=True, editable=False)
    search_lv = SearchVectorField(null=True, editable=False)
    search_es = SearchVectorField(null=True, editable=False)
    search_fr = SearchVectorField(null=True, editable=False)
    search_en = SearchVectorField(null=True, editable=False)

    edit_handler = tabbed_by_language(
        _("Tool or method"),
        [
            FieldPanel("kind"),
            FieldPanel("slug"),
            FieldPanel("support_area"),
            FieldPanel("element"),
            FieldPanel("language"),
            FieldPanel("country"),
            FieldPanel("link"),
            FieldPanel("document"),
            FieldPanel("is_public"),
        ],
        "title",
        "description",
    )

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("tool or method")
        verbose_name_plural = _("tools and methods")
        indexes = [GinIndex(fields=[f"search_{code}"], name=f"hub_search_{code}") for code in LANGUAGE_CODES]

    def __str__(self):
        return self.title

    def clean(self):
        super().clean()
        errors = default_language_errors(
            self,
            ("title", "description"),
            _("This is needed in the default language; the other languages fall back to it."),
        )
        if not self.link and not self.document_id:
            errors["link"] = _("Give a link or a file: readers need a way to the tool.")
        if errors:
            raise ValidationError(errors)


class KnowledgeHubPage(RecordIndexPage):
    """The public knowledge hub: tools and methods with facets and search, each at `<slug>/`.

    Items are records, read on a route below this page, so the record is the one source of truth.
    """

    record_selector = "hub_item_public"
    index_view = "hub_index_serve"
    record_view = "hub_item_serve"

    class Meta:
        verbose_name = _("knowledge hub page")
