"""The vocabulary every capability shares: countries, process elements, approaches, support areas,
themes and target groups, with their names in the answer's language.

The codes are those the filters of the other endpoints take (`?element=4&support_area=scaling`).
"""

from drf_spectacular.utils import extend_schema, inline_serializer
from rest_framework import serializers, viewsets
from rest_framework.permissions import AllowAny
from rest_framework.response import Response

from apps.vocabulary.models import COUNTRIES, Approach, ProcessElement, SupportArea, TargetGroup, Theme

from ..bases import ApiViewMixin, PublicReadViewSet
from ..serializers import TranslatedModelSerializer


class ElementSerializer(TranslatedModelSerializer):
    code = serializers.CharField(read_only=True)

    class Meta:
        model = ProcessElement
        fields = ["code", "number"]
        translated = ("name",)


class ApproachSerializer(TranslatedModelSerializer):
    element = serializers.CharField(source="element.code", read_only=True)

    class Meta:
        model = Approach
        fields = ["code", "element"]
        translated = ("name",)


class SupportAreaSerializer(TranslatedModelSerializer):
    class Meta:
        model = SupportArea
        fields = ["code", "number"]
        translated = ("name",)


class ThemeSerializer(TranslatedModelSerializer):
    class Meta:
        model = Theme
        fields = ["code"]
        translated = ("name",)


class TargetGroupSerializer(TranslatedModelSerializer):
    class Meta:
        model = TargetGroup
        fields = ["code"]
        translated = ("name",)


def term_viewset(serializer, lookup: str = "code", queryset=None, doc: str = ""):
    """A read-only, unpaged endpoint of one list of terms (a few dozen at most)."""
    model = serializer.Meta.model
    return type(
        f"{model.__name__}ViewSet",
        (PublicReadViewSet,),
        {
            "__doc__": doc or model.__doc__,
            "queryset": queryset if queryset is not None else model.objects.all(),
            "serializer_class": serializer,
            "lookup_field": lookup,
            "pagination_class": None,
            "filter_backends": [],
            "lookup_value_regex": "[^/]+",
        },
    )


class CountryViewSet(ApiViewMixin, viewsets.ViewSet):
    """The four countries of the project, by ISO code, with their names in the answer's language."""

    permission_classes = [AllowAny]

    @extend_schema(
        responses=inline_serializer(
            "Country", {"code": serializers.CharField(), "name": serializers.CharField()}, many=True
        )
    )
    def list(self, request):
        return Response([{"code": code, "name": str(name)} for code, name in COUNTRIES])


ROUTES = [
    ("countries", CountryViewSet, "country"),
    ("elements", term_viewset(ElementSerializer, lookup="number"), "element"),
    ("approaches", term_viewset(ApproachSerializer), "approach"),
    ("support-areas", term_viewset(SupportAreaSerializer), "support-area"),
    ("themes", term_viewset(ThemeSerializer), "theme"),
    ("target-groups", term_viewset(TargetGroupSerializer), "target-group"),
]
