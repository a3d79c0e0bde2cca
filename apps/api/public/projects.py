"""The ESF+ project register and the competence centre's support offerings.

The list reads its filters through the register page's own forgiving query form and selector
(`RegisterQueryForm`, `register_projects`), so `?search=` finds exactly what the page's search
finds. A project is served below the register page at `<diary number>/` (in lower case), so its
`urls` are the register page's in every language and that key. A project's texts are in the
language of its source (`source_language`) and are never translated; its support offerings'
names are.
"""

from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import serializers
from rest_framework.exceptions import NotFound

from django.db.models import Prefetch

from apps.projects.forms import RegisterQueryForm
from apps.projects.models import (
    DIARY_NUMBER_PATTERN,
    Engagement,
    EsfProject,
    EsfRegisterPage,
    OfferingItem,
    ProjectPartner,
    Status,
    SupportOffering,
)
from apps.projects.selectors import facets, offerings, public_project, register_projects
from apps.vocabulary.models import COUNTRIES

from ..bases import CachedRecordsMixin, PublicReadViewSet
from ..records import RecordPageSerializerMixin, index_paths, request_memo
from ..serializers import TranslatedModelSerializer, absolute_urls


class OfferingItemSerializer(TranslatedModelSerializer):
    class Meta:
        model = OfferingItem
        fields = ["position"]
        translated = ("text",)


class SupportOfferingSerializer(TranslatedModelSerializer):
    items = OfferingItemSerializer(many=True, read_only=True)

    class Meta:
        model = SupportOffering
        fields = ["number", "items"]
        translated = ("name",)

    def page_url(self, obj, language):
        # The register's projects engaged in this offering.
        paths = request_memo(self, "register", lambda: index_paths(EsfRegisterPage))
        base = paths.get(language)
        return f"{base}?offering={obj.number}" if base else None


class OfferingReferenceSerializer(TranslatedModelSerializer):
    class Meta:
        model = SupportOffering
        fields = ["number"]
        translated = ("name",)


class EngagementSerializer(serializers.ModelSerializer):
    offering = OfferingReferenceSerializer(read_only=True)

    class Meta:
        model = Engagement
        fields = ["offering", "kind", "start_date", "end_date", "status"]


class ProjectPartnerSerializer(serializers.ModelSerializer):
    organisation = serializers.SlugRelatedField(
        slug_field="slug", read_only=True, help_text="The organisation: see /organisations/{slug}/."
    )
    organisation_name = serializers.CharField(source="organisation.name", read_only=True)

    class Meta:
        model = ProjectPartner
        fields = ["position", "organisation", "organisation_name", "name_in_record", "role"]


class ProjectSerializer(RecordPageSerializerMixin, serializers.ModelSerializer):
    index_page = EsfRegisterPage

    status = serializers.ChoiceField(
        choices=Status.choices,
        read_only=True,
        help_text="Derived from the dates: planned, ongoing or completed.",
    )
    needs = serializers.SerializerMethodField(help_text="The needs the project meets, in the record's order.")
    cooperation_partners = ProjectPartnerSerializer(source="project_partners", many=True, read_only=True)
    engagements = EngagementSerializer(many=True, read_only=True)
    coalitions = serializers.SlugRelatedField(
        slug_field="name", many=True, read_only=True, help_text="The cluster coalitions it belongs to."
    )
    urls = serializers.SerializerMethodField(help_text="The public page in every language.")

    class Meta:
        model = EsfProject
        fields = [
            "diary_number",
            "project_number",
            "name",
            "application_title",
            "owner",
            "owner_organisation_number",
            "country",
            "fund",
            "programme_cci",
            "start_date",
            "end_date",
            "status",
            "eu_cofinancing_rate",
            "programme_area",
            "specific_objective",
            "secondary_theme",
            "secondary_theme_applies",
            "region",
            "nuts2_code",
            "intervention_type",
            "participant_count",
            "strategic_importance",
            "source_language",
            "background",
            "needs",
            "solution",
            "cooperation_partners",
            "engagements",
            "coalitions",
            "updated",
            "urls",
        ]

    def record_key(self, obj):
        return obj.slug

    @extend_schema_field(serializers.ListField(child=serializers.CharField()))
    def get_needs(self, obj):
        return [need.text for need in obj.needs.all()]

    @extend_schema_field(serializers.DictField(child=serializers.URLField(allow_null=True)))
    def get_urls(self, obj):
        return absolute_urls(self, obj)


PROJECT_RELATIONS = (
    "needs",
    Prefetch("project_partners", queryset=ProjectPartner.objects.select_related("organisation")),
    Prefetch("engagements", queryset=Engagement.objects.select_related("offering")),
    "coalitions",
)


class ProjectFilter(filters.FilterSet):
    """The register page's filters, read by its own form: a value it does not know is dropped."""

    search = filters.CharFilter(
        method="by_register",
        help_text="Words in the name, the owner or the diary number, as the register page's search.",
    )
    country = filters.ChoiceFilter(choices=COUNTRIES, method="by_register")
    status = filters.ChoiceFilter(choices=Status.choices, method="by_register", help_text="Today's status.")
    offering = filters.NumberFilter(
        method="by_register", help_text="The number of a support offering the project is engaged in."
    )

    class Meta:
        model = EsfProject
        fields = ["search", "country", "status", "offering"]

    def by_register(self, queryset, name, value):
        # All the filters are applied at once, in filter_queryset.
        return queryset

    def filter_queryset(self, queryset):
        data = self.form.cleaned_data
        offering = data.get("offering")
        form = RegisterQueryForm(
            {
                "q": data.get("search") or "",
                "country": data.get("country") or "",
                "status": data.get("status") or "",
                "offering": "" if offering is None else str(offering),
            },
            facets=facets(),
        )
        query = form.query
        if not query.filters():
            return queryset
        return queryset.filter(pk__in=register_projects(query).values("pk"))


@extend_schema_view(
    list=extend_schema(summary="The ESF+ project register"),
    retrieve=extend_schema(summary="A project of the register, by its diary number"),
)
class ProjectViewSet(CachedRecordsMixin, PublicReadViewSet):
    """The public projects of the ESF+ register, newest first, with every field of the record."""

    serializer_class = ProjectSerializer
    filterset_class = ProjectFilter
    lookup_field = "diary_number"
    lookup_value_regex = DIARY_NUMBER_PATTERN.strip("^$").replace("S", "[Ss]")

    def get_queryset(self):
        return (
            EsfProject.objects.public()
            .prefetch_related(*PROJECT_RELATIONS)
            .order_by("-start_date", "diary_number")
        )

    def get_object(self):
        project = public_project(self.kwargs[self.lookup_field])
        if project is None:
            raise NotFound()
        return project


@extend_schema_view(
    list=extend_schema(summary="The competence centre's support offerings, with their items"),
    retrieve=extend_schema(summary="A support offering, by its number"),
)
class SupportOfferingViewSet(PublicReadViewSet):
    """What the competence centre offers the register's projects."""

    queryset = SupportOffering.objects.all()
    serializer_class = SupportOfferingSerializer
    lookup_field = "number"
    lookup_value_regex = "[0-9]+"

    def get_queryset(self):
        return offerings()

    def get_object(self):
        number = self.kwargs[self.lookup_field]
        for offering in offerings():
            if str(offering.number) == number:
                return offering
        raise NotFound()


ROUTES = [
    ("projects", ProjectViewSet, "project"),
    ("support-offerings", SupportOfferingViewSet, "support-offering"),
]
