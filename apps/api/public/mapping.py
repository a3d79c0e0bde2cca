"""The ecosystem mapping's public results: approved entries with their scores, and the comparison.

Only approved entries are public, as on the mapping's country pages; each carries the address of
its country's page, where it is listed, in every language.
"""

import django_filters
from drf_spectacular.utils import extend_schema, extend_schema_serializer
from rest_framework import serializers, viewsets
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from django.db.models import Prefetch

from apps.mapping import selectors
from apps.mapping.models import EntryStatus, MappingCountryPage, MappingEntry, Score
from apps.vocabulary.models import COUNTRIES

from ..bases import ApiViewMixin, CachedReadMixin, PublicReadViewSet
from ..language import translated_fields, urls_in_every_language


class EntryScoreSerializer(serializers.ModelSerializer):
    criterion = serializers.CharField(source="criterion.key")
    criterion_name = serializers.SerializerMethodField()

    class Meta:
        model = Score
        fields = ["criterion", "criterion_name", "score", "comment"]

    def get_criterion_name(self, score) -> str:
        return translated_fields(score.criterion, ("name",), self.context["view"].language)["name"]


class MappingEntrySerializer(serializers.ModelSerializer):
    organisation = serializers.CharField(source="organisation.name")
    organisation_acronym = serializers.CharField(source="organisation.acronym")
    scores = EntryScoreSerializer(many=True, read_only=True)
    urls = serializers.SerializerMethodField(help_text="The country's mapping page, in every language.")

    class Meta:
        model = MappingEntry
        fields = [
            "id",
            "kind",
            "country",
            "organisation",
            "organisation_acronym",
            "language",
            "title",
            "description",
            "strengths",
            "weaknesses",
            "barriers",
            "inspiring_initiatives",
            "links",
            "approved",
            "scores",
            "urls",
        ]

    def get_urls(self, entry) -> dict[str, str]:
        return self.context["view"].country_page_urls().get(entry.country, {})


class EntryFilter(django_filters.FilterSet):
    country = django_filters.MultipleChoiceFilter(choices=COUNTRIES)
    kind = django_filters.MultipleChoiceFilter(choices=MappingEntry.Kind.choices)

    class Meta:
        model = MappingEntry
        fields = ["country", "kind"]


class MappingEntryViewSet(PublicReadViewSet):
    """Approved mapping entries, newest approval first, with their scores."""

    serializer_class = MappingEntrySerializer
    filterset_class = EntryFilter

    def get_queryset(self):
        scores = Score.objects.select_related("criterion").order_by("criterion__position", "criterion__key")
        return (
            MappingEntry.objects.filter(status=EntryStatus.APPROVED)
            .select_related("organisation")
            .prefetch_related(Prefetch("scores", queryset=scores))
            .order_by("-approved", "-pk")
        )

    def country_page_urls(self) -> dict[str, dict[str, str]]:
        """Each country's mapping page in every language: read once per request."""
        if not hasattr(self, "_country_urls"):
            pages = MappingCountryPage.objects.live().public()
            self._country_urls = {
                page.country: urls_in_every_language(
                    lambda _code, page=page: self.request.build_absolute_uri(page.get_url())
                )
                for page in pages
            }
        return self._country_urls


class ComparisonCellSerializer(serializers.Serializer):
    mean = serializers.DecimalField(max_digits=3, decimal_places=1, allow_null=True)
    count = serializers.IntegerField()


class ComparisonCriterionSerializer(serializers.Serializer):
    key = serializers.CharField()
    name = serializers.CharField()
    kind = serializers.CharField()
    countries = serializers.DictField(child=ComparisonCellSerializer(), help_text="By country code.")


@extend_schema_serializer(many=False)
class ComparisonSerializer(serializers.Serializer):
    """The comparison's answer (documentation)."""

    countries = serializers.ListField(child=serializers.CharField())
    criteria = ComparisonCriterionSerializer(many=True)


class ComparisonViewSet(ApiViewMixin, CachedReadMixin, viewsets.ViewSet):
    """The four countries side by side per criterion: the mean score and number of approved assessments."""

    permission_classes = [AllowAny]

    @extend_schema(responses=ComparisonSerializer)
    def list(self, request):
        return Response(self.cached_data(request, self._comparison))

    def _comparison(self) -> dict:
        data = selectors.comparison()
        codes = [country["code"] for country in data["countries"]]
        return {
            "countries": codes,
            "criteria": [
                {
                    "key": row["key"],
                    "name": row["name"],
                    "kind": row["kind"],
                    "countries": {
                        code: {"mean": None if cell.mean is None else str(cell.mean), "count": cell.count}
                        for code, cell in zip(codes, row["cells"], strict=True)
                    },
                }
                for row in data["rows"]
            ],
        }


ROUTES = [
    ("mapping/entries", MappingEntryViewSet, "mapping-entry"),
    ("mapping/comparison", ComparisonViewSet, "mapping-comparison"),
]
