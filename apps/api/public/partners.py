"""The partner organisations and the consortium, and the public pages' addresses the records share.

An organisation of the consortium is shown on the page of the project's facts (a standard page
naming the consortium project), so its `urls` are that page's; the other organisations have no
page of their own. The helpers below give the pages' paths in every language from one cache read
per request, so a list costs the same whatever its length: `page_paths` for records shown on
pages that name them (a work package's page, a pilot's page), `index_paths` for records served
below an app's index page (events, strategies, the register, the hub).
"""

from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import serializers
from rest_framework.exceptions import NotFound

from django.http import Http404
from django.utils import translation

from apps.core.caching.versioned import PAGES, cached
from apps.core.i18n import LANGUAGE_CODES
from apps.core.selectors import live_public
from apps.partners.models import ConsortiumProject, Organisation
from apps.partners.selectors import consortium_list
from apps.vocabulary.models import COUNTRIES

from ..bases import PublicReadViewSet
from ..serializers import Filled, TranslatedModelSerializer

# A record's slug in an address: anything else is no record's (and never reaches the database).
SLUG_PATTERN = "[-a-zA-Z0-9_]+"
# What a filter that takes several values says of itself in the schema.
SEVERAL = "Several values allowed (any of them)."

# ----------------------------------------------------------------------------------------------
# The pages' addresses, in every language, read once per request.


def _paths_of(page) -> dict[str, str]:
    paths = {}
    for code in LANGUAGE_CODES:
        with translation.override(code):
            paths[code] = page.get_url()
    return paths


def page_paths(name: str, pages) -> dict[object, dict[str, str]]:
    """{key: {language: path}} of the live public pages that pages() gives as (key, page) pairs.

    Kept under the pages' version (a publish or move replaces it), so a request pays one cache
    read for every record of a list.
    """
    return cached(
        PAGES,
        "api-page-paths",
        name,
        compute=lambda: {key: _paths_of(page) for key, page in pages()},
    )


def index_paths(page_model) -> dict[str, str]:
    """The path of an app's live public index page in every language ({} without one)."""

    def compute():
        page = live_public(page_model.objects.all()).order_by("path").first()
        return _paths_of(page) if page is not None else {}

    return cached(PAGES, "api-index-paths", page_model._meta.label_lower, compute=compute)


def request_memo(serializer, name: str, compute):
    """compute() once per request: kept in the serializer's context, which a list's rows share."""
    context = serializer.context
    memo = context.setdefault("api_memo", {})
    if name not in memo:
        memo[name] = compute()
    return memo[name]


class NullableUrlsMixin:
    """`urls` whose values are null where the record's page is not published (documented so)."""

    def get_fields(self):
        fields = super().get_fields()
        if isinstance(fields.get("urls"), Filled):
            fields["urls"] = Filled(
                serializers.DictField(child=serializers.URLField(allow_null=True)),
                help_text="The public page in every language (null where it is not published).",
            )
        return fields


class RecordPageSerializerMixin(NullableUrlsMixin):
    """`urls` of a record served below its app's index page: the index page's path and the key.

    A subclass names the index page's model (`index_page`) and gives a record's key below it
    (`record_key`); the index page's paths are read once per request, not once per record.
    """

    index_page = None

    def record_key(self, obj) -> str:
        return obj.slug

    def page_url(self, obj, language: str) -> str | None:
        paths = request_memo(
            self, f"index:{self.index_page._meta.label_lower}", lambda: index_paths(self.index_page)
        )
        base = paths.get(language)
        return f"{base}{self.record_key(obj)}/" if base else None


def _project_pages():
    from apps.site.models import StandardPage

    pages = live_public(StandardPage.objects.filter(project__isnull=False)).order_by("path")
    by_project = {}
    for page in pages:
        by_project.setdefault(page.project_id, page)
    return by_project.items()


def project_page_paths() -> dict[int, dict[str, str]]:
    """The paths of the page showing each consortium project's facts and consortium, by project id."""
    return page_paths("consortium", _project_pages)


class RecordNotFoundMixin:
    """An unknown record is the API's plain 404 ("Not found." in the answer's language), never
    Django's message naming the model."""

    def get_object(self):
        try:
            return super().get_object()
        except Http404:
            raise NotFound() from None


# ----------------------------------------------------------------------------------------------
# Organisations


class OrganisationSerializer(NullableUrlsMixin, TranslatedModelSerializer):
    class Meta:
        model = Organisation
        fields = ["slug", "name", "acronym", "country", "kind", "consortium_role", "website"]
        translated = ("description",)

    def page_url(self, obj, language):
        if not obj.consortium_role:
            return None
        paths = request_memo(self, "consortium", project_page_paths)
        # The consortium shows on the page of the project's facts (the first, if several).
        for by_language in paths.values():
            return by_language.get(language)
        return None


class OrganisationFilter(filters.FilterSet):
    country = filters.MultipleChoiceFilter(choices=COUNTRIES, help_text=SEVERAL)
    kind = filters.MultipleChoiceFilter(choices=Organisation.Kind.choices, help_text=SEVERAL)
    consortium_role = filters.MultipleChoiceFilter(
        choices=Organisation.ConsortiumRole.choices, help_text=SEVERAL
    )
    ordering = filters.OrderingFilter(fields=("name", "country", "acronym"))

    class Meta:
        model = Organisation
        fields = ["country", "kind", "consortium_role"]


@extend_schema_view(
    list=extend_schema(summary="The partner organisations"),
    retrieve=extend_schema(summary="A partner organisation, by its slug"),
)
class OrganisationViewSet(RecordNotFoundMixin, PublicReadViewSet):
    """The organisations that take part in the portal's work: the consortium and the other partners."""

    queryset = Organisation.objects.order_by("country", "name", "pk")
    serializer_class = OrganisationSerializer
    filterset_class = OrganisationFilter
    lookup_field = "slug"
    lookup_value_regex = SLUG_PATTERN


# ----------------------------------------------------------------------------------------------
# The consortium


class ConsortiumPartnerSerializer(serializers.ModelSerializer):
    class Meta:
        model = Organisation
        fields = ["slug", "name", "acronym", "country", "kind", "consortium_role", "website"]


class ConsortiumProjectSerializer(NullableUrlsMixin, TranslatedModelSerializer):
    partners = serializers.SerializerMethodField(
        help_text="The consortium: applicant first, then co-applicants."
    )

    class Meta:
        model = ConsortiumProject
        fields = [
            "acronym",
            "programme",
            "call",
            "reference",
            "start_date",
            "end_date",
            "duration_months",
            "total_budget_eur",
            "max_eu_share_percent",
            "max_eu_contribution_eur",
            "funded_consortia",
            "associated_organisations",
            "partners",
        ]
        translated = ("title",)

    @extend_schema_field(ConsortiumPartnerSerializer(many=True))
    def get_partners(self, obj):
        partners = request_memo(self, "consortium-partners", lambda: list(consortium_list()))
        return ConsortiumPartnerSerializer(partners, many=True).data

    def page_url(self, obj, language):
        paths = request_memo(self, "consortium", project_page_paths)
        return paths.get(obj.pk, {}).get(language)


@extend_schema_view(
    list=extend_schema(summary="The consortium's projects, each with its partners and their roles"),
    retrieve=extend_schema(summary="A consortium project, by its acronym"),
)
class ConsortiumViewSet(RecordNotFoundMixin, PublicReadViewSet):
    """The project the consortium carries out (BuiCaSuS), its grant's facts and its partners."""

    queryset = ConsortiumProject.objects.order_by("start_date", "acronym")
    serializer_class = ConsortiumProjectSerializer
    lookup_field = "acronym"


ROUTES = [
    ("organisations", OrganisationViewSet, "organisation"),
    ("consortium", ConsortiumViewSet, "consortium"),
]
