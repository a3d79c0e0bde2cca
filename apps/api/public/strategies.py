"""The national CCSI strategies: each country's newest adopted public strategy, as its page shows it.

A strategy is served below the strategies' page at `<country>/` (its code in lower case), so its
`urls` are that page's in every language and the key. With it come its design criteria, its
services, its action plans with their items and progress, and the progress of all its items
(the strategies' page's overview). A list reads those for all its strategies at once: the same
number of queries for one strategy as for a hundred.
"""

from django_filters import rest_framework as filters
from drf_spectacular.utils import extend_schema, extend_schema_field, extend_schema_view
from rest_framework import serializers
from rest_framework.exceptions import NotFound

from django.utils import timezone

from apps.strategies.models import (
    ActionItem,
    ActionPlan,
    Strategy,
    StrategyCriterion,
    StrategyIndexPage,
    StrategyService,
)
from apps.strategies.selectors import (
    Progress,
    adopted_public_strategies,
    plans_with_progress,
    progress_overview,
    public_strategy,
)
from apps.vocabulary.models import COUNTRIES

from ..bases import PublicReadViewSet
from ..records import SEVERAL, RecordPageSerializerMixin
from ..serializers import TranslatedModelSerializer
from .workpackages import PartnerReferenceSerializer, partner_reference


class ProgressSerializer(serializers.Serializer):
    """How far a strategy's (or a plan's) action items have come."""

    total = serializers.IntegerField()
    done = serializers.IntegerField()
    overdue = serializers.IntegerField(help_text="Past their due date and neither done nor dropped.")
    mean_progress = serializers.FloatField(allow_null=True, help_text="The items' mean progress (%).")
    by_status = serializers.DictField(child=serializers.IntegerField(), help_text="Items by status.")


def progress_data(progress: Progress | None) -> dict:
    progress = progress or Progress()
    return ProgressSerializer(progress).data


class ActionItemSerializer(TranslatedModelSerializer):
    responsible_organisation = serializers.SerializerMethodField()

    class Meta:
        model = ActionItem
        fields = ["due_date", "status", "progress", "responsible_organisation"]
        translated = ("title",)

    @extend_schema_field(PartnerReferenceSerializer(allow_null=True))
    def get_responsible_organisation(self, obj):
        return partner_reference(obj.responsible_organisation)


class ActionPlanSerializer(TranslatedModelSerializer):
    period_starts = serializers.DateField(source="starts_on", read_only=True)
    period_ends = serializers.DateField(source="ends_on", read_only=True)
    progress = serializers.SerializerMethodField()
    items = ActionItemSerializer(source="item_list", many=True, read_only=True)

    class Meta:
        model = ActionPlan
        fields = ["period_starts", "period_ends", "progress", "items"]
        translated = ("title",)

    @extend_schema_field(ProgressSerializer)
    def get_progress(self, obj):
        return progress_data(obj.progress)


class StrategyCriterionSerializer(TranslatedModelSerializer):
    criterion = serializers.SerializerMethodField(help_text="The institutional design criterion's name.")

    class Meta:
        model = StrategyCriterion
        fields = ["criterion"]
        translated = ("text",)

    @extend_schema_field(serializers.CharField())
    def get_criterion(self, obj):
        return obj.criterion.name


class StrategyServiceSerializer(TranslatedModelSerializer):
    support_area = serializers.SlugRelatedField(slug_field="code", read_only=True)

    class Meta:
        model = StrategyService
        fields = ["support_area"]
        translated = ("description",)


class StrategySerializer(RecordPageSerializerMixin, TranslatedModelSerializer):
    index_page = StrategyIndexPage

    progress = serializers.SerializerMethodField(help_text="The progress of all the strategy's action items.")
    criteria = StrategyCriterionSerializer(source="criterion_list", many=True, read_only=True)
    services = StrategyServiceSerializer(source="service_list", many=True, read_only=True)
    action_plans = ActionPlanSerializer(source="plan_list", many=True, read_only=True)

    class Meta:
        model = Strategy
        fields = [
            "country",
            "version",
            "status",
            "adopted_on",
            "progress",
            "criteria",
            "services",
            "action_plans",
        ]
        translated = ("vision", "governance", "legal_form", "funding_model")

    def record_key(self, obj):
        return obj.country.lower()

    @extend_schema_field(ProgressSerializer)
    def get_progress(self, obj):
        return progress_data(obj.progress)


def with_details(strategies: list[Strategy]) -> list[Strategy]:
    """strategies, each with its criteria, services, plans with items and progress: six queries."""
    if not strategies:
        return strategies
    today = timezone.localdate()
    pks = [strategy.pk for strategy in strategies]
    plans = plans_with_progress(pks, today)
    items: dict[int, list[ActionItem]] = {}
    plan_ids = [plan.pk for strategy_plans in plans.values() for plan in strategy_plans]
    for item in ActionItem.objects.filter(plan__in=plan_ids).select_related("responsible_organisation"):
        items.setdefault(item.plan_id, []).append(item)
    criteria: dict[int, list] = {}
    for criterion in StrategyCriterion.objects.filter(strategy__in=pks).select_related("criterion"):
        criteria.setdefault(criterion.strategy_id, []).append(criterion)
    services: dict[int, list] = {}
    for service in StrategyService.objects.filter(strategy__in=pks).select_related("support_area"):
        services.setdefault(service.strategy_id, []).append(service)
    overview = progress_overview(strategies=Strategy.objects.filter(pk__in=pks), today=today)
    for strategy in strategies:
        strategy.plan_list = plans.get(strategy.pk, [])
        for plan in strategy.plan_list:
            plan.item_list = items.get(plan.pk, [])
        strategy.criterion_list = criteria.get(strategy.pk, [])
        strategy.service_list = services.get(strategy.pk, [])
        strategy.progress = overview.get(strategy.country)
    return strategies


class StrategyFilter(filters.FilterSet):
    country = filters.MultipleChoiceFilter(choices=COUNTRIES, help_text=SEVERAL)

    class Meta:
        model = Strategy
        fields = ["country"]


@extend_schema_view(
    list=extend_schema(
        summary="The adopted public national strategies, with their action plans and progress"
    ),
    retrieve=extend_schema(summary="A country's adopted public strategy, by the country's code"),
)
class StrategyViewSet(PublicReadViewSet):
    """Each country's newest adopted public CCSI strategy (WP5)."""

    serializer_class = StrategySerializer
    filterset_class = StrategyFilter
    lookup_field = "country"
    lookup_value_regex = "[A-Za-z]{2}"

    def get_queryset(self):
        return adopted_public_strategies()

    def paginate_queryset(self, queryset):
        page = super().paginate_queryset(queryset)
        return with_details(list(page)) if page is not None else None

    def get_object(self):
        strategy = public_strategy(self.kwargs[self.lookup_field].lower())
        if strategy is None:
            raise NotFound()
        return with_details([strategy])[0]


ROUTES = [("strategies", StrategyViewSet, "strategy")]
