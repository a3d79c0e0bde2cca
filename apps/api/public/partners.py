"""The partner organisations and the consortium, and the public pages' addresses the records share.

An organisation of the consortium is shown on the page of the project's facts (a standard page
naming the consortium project), so its `urls` are that page's; the other organisations have no
page of their own.
"""

from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import serializers

from apps.core.selectors import live_public
from apps.partners.models import ConsortiumProject, Organisation
from apps.partners.selectors import consortium_list
from apps.vocabulary.models import COUNTRIES

from ..bases import PublicReadViewSet
from ..records import SEVERAL, SLUG_PATTERN, page_paths, request_memo
from ..serializers import TranslatedModelSerializer


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


# ----------------------------------------------------------------------------------------------
# Organisations


class OrganisationSerializer(TranslatedModelSerializer):
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
class OrganisationViewSet(PublicReadViewSet):
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


class ConsortiumProjectSerializer(TranslatedModelSerializer):
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
class ConsortiumViewSet(PublicReadViewSet):
    """The project the consortium carries out (BuiCaSuS), its grant's facts and its partners."""

    queryset = ConsortiumProject.objects.order_by("start_date", "acronym")
    serializer_class = ConsortiumProjectSerializer
    lookup_field = "acronym"


ROUTES = [
    ("organisations", OrganisationViewSet, "organisation"),
    ("consortium", ConsortiumViewSet, "consortium"),
]
