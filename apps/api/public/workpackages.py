"""The work packages with their public deliverables and milestones, and the public WP3 pilots.

A work package's `urls` are those of the site's page that shows it (a standard page naming the
work package); a pilot's those of its pilot page. What the public sees is what the pages show:
deliverables marked public, pilots marked public with their stages, their public mentoring
sessions and their transfer analysis when that is public.
"""

from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import serializers

from django.db.models import Prefetch
from django.urls import reverse

from apps.core.selectors import is_restricted, live_public
from apps.vocabulary.models import COUNTRIES
from apps.workpackages.models import (
    Deliverable,
    MentoringSession,
    Milestone,
    Pilot,
    PilotPage,
    PilotStage,
    TransferAnalysis,
    WorkPackage,
)
from apps.workpackages.selectors import work_package_list

from ..bases import PublicReadViewSet
from ..language import urls_in_every_language
from ..records import SEVERAL, page_paths, request_memo
from ..serializers import TranslatedModelSerializer


class PartnerReferenceSerializer(serializers.Serializer):
    """An organisation holding a role on a record: see /organisations/{slug}/."""

    slug = serializers.CharField()
    name = serializers.CharField()
    acronym = serializers.CharField()
    country = serializers.CharField()


def partner_reference(organisation) -> dict | None:
    if organisation is None:
        return None
    return PartnerReferenceSerializer(organisation).data


# ----------------------------------------------------------------------------------------------
# Work packages


class DeliverableSerializer(TranslatedModelSerializer):
    file_url = serializers.SerializerMethodField(help_text="The deliverable's file, when it has one.")

    class Meta:
        model = Deliverable
        fields = ["code", "status", "due_date", "file_url"]
        translated = ("title",)

    @extend_schema_field(serializers.URLField(allow_null=True))
    def get_file_url(self, obj):
        if not obj.file:
            return None
        path = reverse("workpackages:deliverable_file", kwargs={"pk": obj.pk})
        request = self.context.get("request")
        return request.build_absolute_uri(path) if request is not None else path


class MilestoneSerializer(TranslatedModelSerializer):
    class Meta:
        model = Milestone
        fields = ["number", "date", "reached"]
        translated = ("title",)


def _work_package_pages():
    from apps.site.models import StandardPage

    pages = live_public(StandardPage.objects.filter(work_package__isnull=False)).order_by("path")
    by_work_package = {}
    for page in pages:
        by_work_package.setdefault(page.work_package_id, page)
    return by_work_package.items()


class WorkPackageSerializer(TranslatedModelSerializer):
    lead_partner = serializers.SerializerMethodField()
    supporting_partner = serializers.SerializerMethodField()
    deliverables = DeliverableSerializer(source="public_deliverables", many=True, read_only=True)
    milestones = MilestoneSerializer(source="milestone_list", many=True, read_only=True)

    class Meta:
        model = WorkPackage
        fields = [
            "number",
            "kind",
            "start_month",
            "end_month",
            "lead_partner",
            "supporting_partner",
            "deliverables",
            "milestones",
        ]
        # The description is the page's text, given as HTML.
        translated = ("objectives", "description")

    def to_representation(self, obj):
        data = super().to_representation(obj)
        data["description"] = str(data["description"]) if data["description"] else ""
        return data

    @extend_schema_field(PartnerReferenceSerializer(allow_null=True))
    def get_lead_partner(self, obj):
        return partner_reference(obj.lead_partner)

    @extend_schema_field(PartnerReferenceSerializer(allow_null=True))
    def get_supporting_partner(self, obj):
        return partner_reference(obj.supporting_partner)

    def page_url(self, obj, language):
        paths = request_memo(self, "work-packages", lambda: page_paths("work-packages", _work_package_pages))
        return paths.get(obj.pk, {}).get(language)


def public_work_packages():
    """The work packages with their partners, public deliverables and milestones: three queries.

    The children are those `work_package_public` gives one work package's page.
    """
    return work_package_list().prefetch_related(
        Prefetch(
            "deliverables",
            queryset=Deliverable.objects.filter(is_public=True).order_by("code"),
            to_attr="public_deliverables",
        ),
        Prefetch("milestones", queryset=Milestone.objects.order_by("number"), to_attr="milestone_list"),
    )


@extend_schema_view(
    list=extend_schema(summary="The work packages, with their public deliverables and milestones"),
    retrieve=extend_schema(summary="A work package, by its number"),
)
class WorkPackageViewSet(PublicReadViewSet):
    """The project's five work packages."""

    serializer_class = WorkPackageSerializer
    lookup_field = "number"
    lookup_value_regex = "[0-9]+"

    def get_queryset(self):
        return public_work_packages()


# ----------------------------------------------------------------------------------------------
# Pilots


class PilotStageSerializer(serializers.ModelSerializer):
    class Meta:
        model = PilotStage
        fields = ["stage", "start_date", "end_date"]


class MentoringSessionSerializer(TranslatedModelSerializer):
    class Meta:
        model = MentoringSession
        fields = ["date", "participants"]
        translated = ("topics", "outcomes")


class TransferAnalysisSerializer(TranslatedModelSerializer):
    class Meta:
        model = TransferAnalysis
        fields = []
        translated = ("results", "context_factors", "adaptations", "barriers", "recommendations")


def _pilot_pages():
    pages = live_public(PilotPage.objects.filter(pilot__isnull=False)).order_by("path")
    return [(page.pilot_id, page) for page in pages]


class PilotSerializer(TranslatedModelSerializer):
    mentor_organisation = serializers.SerializerMethodField()
    mentee_organisation = serializers.SerializerMethodField()
    current_stage = serializers.SerializerMethodField()
    stages = PilotStageSerializer(many=True, read_only=True)
    sessions = MentoringSessionSerializer(
        source="public_sessions", many=True, read_only=True, help_text="Its public mentoring sessions."
    )
    transfer_analysis = serializers.SerializerMethodField(help_text="When it is public.")
    practice_urls = serializers.SerializerMethodField(
        help_text="The library's case the pilot transfers, in every language, when it is one."
    )

    class Meta:
        model = Pilot
        fields = [
            "country",
            "mentor_organisation",
            "mentee_organisation",
            "current_stage",
            "stages",
            "sessions",
            "transfer_analysis",
            "practice_urls",
        ]
        translated = ("method", "practice_transferred")

    @extend_schema_field(PartnerReferenceSerializer(allow_null=True))
    def get_mentor_organisation(self, obj):
        return partner_reference(obj.mentor_organisation)

    @extend_schema_field(PartnerReferenceSerializer(allow_null=True))
    def get_mentee_organisation(self, obj):
        return partner_reference(obj.mentee_organisation)

    @extend_schema_field(serializers.CharField(allow_null=True))
    def get_current_stage(self, obj):
        stage = obj.current_stage
        return stage.stage if stage is not None else None

    @extend_schema_field(TransferAnalysisSerializer(allow_null=True))
    def get_transfer_analysis(self, obj):
        analysis = getattr(obj, "transfer_analysis", None)
        if analysis is None or not analysis.is_public:
            return None
        return TransferAnalysisSerializer(analysis, context=self.context).data

    @extend_schema_field(serializers.DictField(child=serializers.URLField(), allow_null=True))
    def get_practice_urls(self, obj):
        page = obj.practice_page
        if page is None or not page.live or is_restricted(page):
            return None
        request = self.context.get("request")
        return urls_in_every_language(lambda code: request.build_absolute_uri(page.get_url()))

    def page_url(self, obj, language):
        paths = request_memo(self, "pilots", lambda: page_paths("pilots", _pilot_pages))
        return paths.get(obj.pk, {}).get(language)


def public_pilots():
    """The public pilots, with what `pilot_public` shows of each: three queries for any number."""
    return (
        Pilot.objects.filter(is_public=True)
        .select_related("mentor_organisation", "mentee_organisation", "transfer_analysis", "practice_page")
        .prefetch_related(
            Prefetch("stages", queryset=PilotStage.objects.order_by("start_date", "pk")),
            Prefetch(
                "sessions",
                queryset=MentoringSession.objects.filter(is_public=True).order_by("date"),
                to_attr="public_sessions",
            ),
        )
        .order_by("country")
    )


class PilotFilter(filters.FilterSet):
    country = filters.MultipleChoiceFilter(choices=COUNTRIES, help_text=SEVERAL)

    class Meta:
        model = Pilot
        fields = ["country"]


@extend_schema_view(
    list=extend_schema(summary="The public WP3 pilots"),
    retrieve=extend_schema(summary="A pilot, by its country's code"),
)
class PilotViewSet(PublicReadViewSet):
    """The WP3 pilots: practices transferred across a border through mentoring."""

    serializer_class = PilotSerializer
    filterset_class = PilotFilter
    lookup_field = "country"
    lookup_value_regex = "[A-Za-z]{2}"

    def get_queryset(self):
        return public_pilots()

    def get_object(self):
        self.kwargs[self.lookup_field] = self.kwargs[self.lookup_field].upper()
        return super().get_object()


ROUTES = [
    ("work-packages", WorkPackageViewSet, "work-package"),
    ("pilots", PilotViewSet, "pilot"),
]
