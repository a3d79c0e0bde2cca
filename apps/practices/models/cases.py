from django import forms
from django.conf import settings
from django.contrib.postgres.indexes import GinIndex
from django.contrib.postgres.search import SearchVectorField
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import ExpressionWrapper, Q
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from modelcluster.fields import ParentalManyToManyField
from wagtail import blocks
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page

from apps.core.blocks import BaseStreamBlock
from apps.core.child_pages import cached_child_links
from apps.core.fields import created_stamp, demo_marker, language_field
from apps.core.i18n import LANGUAGE_CODES, field_in, fields_of, localized_field
from apps.core.selectors import live_public
from apps.core.web.placement import HostedPageMixin
from apps.core.web.routing import CachedRestrictionsMixin, ChildBySlugMixin
from apps.core.web.sitemaps import Languages
from apps.vocabulary.models import COUNTRIES, Approach, ProcessElement, SupportArea, TargetGroup, Theme
from apps.vocabulary.nuts import NUTS2
from apps.vocabulary.pages import CountryPageBase

from .validation import ValidationState


class LinkBlock(blocks.StructBlock):
    title = blocks.CharBlock(label=_("Title"))
    url = blocks.URLBlock(label=_("Address"))

    class Meta:
        icon = "link"


class PracticeIndexPage(HostedPageMixin, CachedRestrictionsMixin, ChildBySlugMixin, Page):
    """The library: every case below it, with facets and ranked search, and the nomination form
    at its word below it (`nominate/`, `nominera/`, …: urls.NOMINATE in the reader's language).
    """

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = ["practices.PracticePage", "practices.CountryPage"]
    max_count = 1

    class Meta:
        verbose_name = _("best-practice library")

    def _resolve(self, path_components, language):
        """The nomination form's word names this page itself, before any child's slug.

        ChildBySlugMixin.route is put back on the class when the portal starts
        (apps/core/web/routing.reattach_routes), so the form is found here, where the mixin asks
        which page a path names: this one, with nothing left below it. The path is kept like any
        page's, and `serve` tells the form from the listing by the path's last word.
        """
        from ..urls import NOMINATE

        if list(path_components) == [str(NOMINATE)]:
            return (self.content_type_id, self.pk), []
        return super()._resolve(path_components, language)

    def is_nomination_path(self, request) -> bool:
        from ..urls import NOMINATE

        return request.path_info.rstrip("/").endswith(f"/{NOMINATE}")

    def serve(self, request, *args, **kwargs):
        from ..views import nomination_serve, practice_index_serve

        if self.is_nomination_path(request):
            return nomination_serve(request, self)
        return practice_index_serve(request, self)

    def serve_csrf_failure(self, request):
        """The nomination form came back without a valid CSRF token: show it again, filled in."""
        from ..views import nomination_csrf_failure

        return nomination_csrf_failure(request, self) if self.is_nomination_path(request) else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["country_pages"] = cached_child_links(
            self,
            request,
            "country-pages",
            lambda: live_public(CountryPage.objects.child_of(self)).order_by("path"),
        )
        return context


class CountryPage(CountryPageBase):
    """An overview of one country's cases."""

    parent_page_types = ["practices.PracticeIndexPage"]

    class Meta:
        verbose_name = _("country overview")

    def get_context(self, request, *args, **kwargs):
        from ..forms import LibraryQueryForm
        from ..selectors import practice_listing

        context = super().get_context(request, *args, **kwargs)
        context["listing"] = practice_listing(
            filters={"country": [self.country]},
            text="",
            sort="newest",
            page=LibraryQueryForm(request.GET).query.page,
            language=translation.get_language(),
        )
        return context


class PracticePage(CachedRestrictionsMixin, Page):
    """A best-practice case: what an organisation does to support social innovation, and how."""

    country = models.CharField(_("country"), max_length=2, choices=COUNTRIES, db_index=True)
    region = models.CharField(
        _("region"),
        max_length=4,
        blank=True,
        help_text=_(
            "The NUTS-2 region (2021) the case works in, such as SE11 or ES51, when it works in one."
        ),
    )
    source_name = models.CharField(
        _("name in the sources"),
        max_length=255,
        blank=True,
        help_text=_(
            "The English name the sources give. Shown below the title when the title is an official name "
            "in another language."
        ),
    )
    name_is_official = models.BooleanField(
        _("the title is an official name"),
        default=False,
        help_text=_(
            "Set when the title is the organisation's or initiative's official name in its own language, "
            "kept as it is in every language."
        ),
    )
    name_is_unconfirmed = models.BooleanField(
        _("official name not confirmed"),
        default=False,
        help_text=_(
            "Set when no official name in the case's own language could be confirmed, so the title is "
            "the sources' English name."
        ),
    )
    organisation = models.CharField(_("organisation"), max_length=255, blank=True)
    original_language = language_field(
        _("original language"),
        default="en",
        help_text=_("The language the case was written in; readers of a missing translation see this one."),
    )
    year = models.PositiveSmallIntegerField(_("year"), null=True, blank=True)
    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("Required in the original language; other languages may follow later."),
    )
    body = StreamField(BaseStreamBlock(), blank=True, verbose_name=_("body"))
    success_factors = RichTextField(
        _("success factors"), blank=True, features=["bold", "italic", "link", "ul"]
    )
    pitfalls = RichTextField(_("pitfalls"), blank=True, features=["bold", "italic", "link", "ul"])
    lessons = RichTextField(_("lessons learned"), blank=True, features=["bold", "italic", "link", "ul"])
    links = StreamField([("link", LinkBlock())], blank=True, verbose_name=_("links"))
    attachments = StreamField(
        [("document", DocumentChooserBlock(label=_("Document")))], blank=True, verbose_name=_("attachments")
    )
    contact = models.CharField(_("contact"), max_length=255, blank=True)

    elements = ParentalManyToManyField(
        ProcessElement, blank=True, related_name="practices", verbose_name=_("process elements")
    )
    approaches = ParentalManyToManyField(
        Approach, blank=True, related_name="practices", verbose_name=_("approaches")
    )
    support_areas = ParentalManyToManyField(
        SupportArea, blank=True, related_name="practices", verbose_name=_("core support areas")
    )
    themes = ParentalManyToManyField(Theme, blank=True, related_name="practices", verbose_name=_("themes"))
    target_groups = ParentalManyToManyField(
        TargetGroup, blank=True, related_name="practices", verbose_name=_("target groups")
    )
    classification_is_editorial = models.BooleanField(
        _("classification is an editorial judgement"),
        default=False,
        help_text=_(
            "Set when the process elements, approaches and support areas were chosen by the editors from "
            "the case's name rather than stated by its source. Check and correct them against the case."
        ),
    )
    is_demo = demo_marker(db_index=True)
    # The state of the latest validation (models/validation.py), kept here for the badge and the
    # facet; set by the validation services only, never by an edit of the page.
    validation = models.CharField(
        _("validation"),
        max_length=8,
        choices=ValidationState.choices,
        default=ValidationState.NONE,
        editable=False,
        db_index=True,
    )
    validated_at = models.DateTimeField(_("validated"), null=True, blank=True, editable=False)

    # Plain text of the body per language, kept for the search vectors; filled on save.
    body_text = models.TextField(editable=False, blank=True, default="")
    search_sv = SearchVectorField(null=True, editable=False)
    search_lv = SearchVectorField(null=True, editable=False)
    search_es = SearchVectorField(null=True, editable=False)
    search_fr = SearchVectorField(null=True, editable=False)
    search_en = SearchVectorField(null=True, editable=False)

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("country"),
                FieldPanel("region"),
                FieldPanel("organisation"),
                FieldPanel("source_name"),
                FieldPanel("name_is_official"),
                FieldPanel("name_is_unconfirmed"),
                FieldPanel("year"),
                FieldPanel("original_language"),
            ],
            heading=_("The case"),
        ),
        FieldPanel("summary"),
        FieldPanel("body"),
        MultiFieldPanel(
            [FieldPanel("success_factors"), FieldPanel("pitfalls"), FieldPanel("lessons")],
            heading=_("What it teaches"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("classification_is_editorial"),
                FieldPanel("elements", widget=forms.CheckboxSelectMultiple),
                FieldPanel("approaches", widget=forms.CheckboxSelectMultiple),
                FieldPanel("support_areas", widget=forms.CheckboxSelectMultiple),
                FieldPanel("themes"),
                FieldPanel("target_groups"),
            ],
            heading=_("Classification"),
        ),
        FieldPanel("links"),
        FieldPanel("attachments"),
        FieldPanel("contact"),
    ]

    parent_page_types = ["practices.PracticeIndexPage"]
    subpage_types = []

    # A copy of a case is a new case, not validated.
    exclude_fields_in_copy = ["validation", "validated_at"]

    # Read by search only: a case page has no use for them, and the vectors are long.
    route_deferred_fields = [*fields_of("search"), *fields_of("body_text")]

    class Meta:
        verbose_name = _("best-practice case")
        verbose_name_plural = _("best-practice cases")
        indexes = [
            GinIndex(fields=["search_sv"], name="practice_search_sv"),
            GinIndex(fields=["search_lv"], name="practice_search_lv"),
            GinIndex(fields=["search_es"], name="practice_search_es"),
            GinIndex(fields=["search_fr"], name="practice_search_fr"),
            GinIndex(fields=["search_en"], name="practice_search_en"),
        ]

    def with_content_json(self, content):
        """A revision brings the case's content, never its validation: that stays as the live page has it."""
        page = super().with_content_json(content)
        page.validation, page.validated_at = self.validation, self.validated_at
        return page

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        if not self.has_translation():
            with translation.override(self.original_language):
                context["canonical_url"] = request.build_absolute_uri(self.get_url(request))
        return context

    def serve(self, request, *args, **kwargs):
        from ..views import practice_serve

        return practice_serve(request, self)

    def serve_csrf_failure(self, request):
        """The replication form came back without a valid CSRF token: show it again, filled in."""
        from ..views import practice_csrf_failure

        return practice_csrf_failure(request, self)

    def clean(self):
        super().clean()
        if self.region and self.region not in NUTS2.get(self.country, ()):
            raise ValidationError(
                {"region": _("Choose a NUTS-2 region of the case's country, such as SE11 or ES51.")}
            )
        if not getattr(self, f"summary_{self.original_language}", ""):
            raise ValidationError(
                {f"summary_{self.original_language}": _("Write the summary in the case's original language.")}
            )

    def published_languages(self) -> Languages:
        """The languages the case is written in, for its hreflang alternates and the sitemap."""
        return _published(self.original_language, [self.has_translation(code) for code in LANGUAGE_CODES])

    @classmethod
    def languages_of(cls, ids) -> dict[int, Languages]:
        """published_languages() of the cases among ids, in one query that returns no text."""
        written = {
            f"written_{code}": ExpressionWrapper(
                Q(**{f"{localized_field('summary', code)}__gt": ""}), output_field=models.BooleanField()
            )
            for code in LANGUAGE_CODES
        }
        rows = (
            cls.objects.filter(pk__in=ids)
            .order_by()
            .annotate(**written)
            .values_list("pk", "original_language", *written)
        )
        return {pk: _published(original, flags) for pk, original, *flags in rows}

    def has_translation(self, language=None) -> bool:
        language = language or translation.get_language()
        return bool(getattr(self, f"summary_{language}", ""))

    def display_language(self, language=None) -> str:
        """The language the reader sees: theirs when the case is translated, else the original."""
        language = language or translation.get_language()
        return language if self.has_translation(language) else self.original_language

    def in_language(self, field: str, language=None):
        return getattr(self, f"{field}_{self.display_language(language)}")

    def save(self, *args, **kwargs):
        from ..search import body_text, search_vectors_refresh

        for code in LANGUAGE_CODES:
            setattr(self, localized_field("body_text", code), body_text(field_in(self, "body", code)))
        super().save(*args, **kwargs)
        update_fields = kwargs.get("update_fields")
        if update_fields is None or any(
            name.startswith(("title", "summary", "body")) for name in update_fields
        ):
            search_vectors_refresh(ids=[self.pk])


def _published(original: str, written: list) -> Languages:
    """A case is published in each language its summary is written in; x-default is English when
    it is written in English, else its original language (where its canonical URL points)."""
    codes = tuple(code for code, flag in zip(LANGUAGE_CODES, written, strict=True) if flag)
    return Languages(
        codes=codes, default=settings.LANGUAGE_CODE if settings.LANGUAGE_CODE in codes else original
    )


MESSAGE_MIN_LENGTH = 20


def validate_message_length(value: str) -> None:
    """A request staff can act on says what and where; every way in (form, API) enforces it."""
    if len(value.strip()) < MESSAGE_MIN_LENGTH:
        raise ValidationError(_("Please tell us a little more: at least 20 characters."), code="too_short")


class ReplicationRequest(models.Model):
    """A visitor's wish to replicate a case, kept for the centre's staff to follow up."""

    practice = models.ForeignKey(
        PracticePage, on_delete=models.CASCADE, related_name="replication_requests", verbose_name=_("case")
    )
    name = models.CharField(_("name"), max_length=120)
    email = models.EmailField(_("e-mail address"))
    organisation = models.CharField(_("organisation"), max_length=200, blank=True)
    country = models.CharField(_("country"), max_length=100, blank=True)
    message = models.TextField(_("message"), max_length=4000, validators=[validate_message_length])
    language = language_field()
    created = created_stamp(_("received"))
    handled = models.BooleanField(_("handled"), default=False)
    received_without_rate_limit = models.BooleanField(
        _("received while rate limits were off"),
        default=False,
        help_text=_(
            "The cache was unreachable when this request arrived, so the limit of requests per "
            "address could not be checked."
        ),
    )

    class Meta:
        ordering = ["-created"]
        verbose_name = _("replication request")
        verbose_name_plural = _("replication requests")

    def __str__(self):
        return f"{self.name} – {self.practice}"
