"""The knowledge hub's tools and methods: the hub's listing with its facet counts, and each item.

The list is the hub's own faceted listing (`HUB`, apps/capacity/selectors.py) read through the
hub page's forgiving query form, with an API row reader in place of the page's cards: the same
bitmaps give the same items, totals and facet counts as the hub page for the same filters, and
one query reads the page's items. An item is served below the hub page at `<slug>/`, so its
`urls` are the hub page's in every language and its slug.
"""

from dataclasses import replace

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_serializer
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from apps.capacity import selectors
from apps.capacity.forms import HubQueryForm
from apps.capacity.models import HubItem, KnowledgeHubPage
from apps.core.i18n import LANGUAGE_CODES, localized_field

from ..language import translated_fields
from ..listings import FacetedListViewSet
from ..records import SLUG_PATTERN, RecordPageSerializerMixin, index_paths
from ..serializers import TranslatedModelSerializer, language_fields

# The API's name of each of the hub's facets.
FACET_PARAMETERS = {
    "support_area": "area",
    "element": "element",
    "language": "language",
    "country": "country",
}
ORDERINGS = selectors.HUB.sorts
TRANSLATED = ("title", "description")


def hub_rows(ids: list[int], *, language: str, text: str = "") -> list[dict]:
    """What the API lists of each item of ids, in their order: one query whatever their number."""
    if not ids:
        return []
    columns = [
        "pk",
        "slug",
        "kind",
        "support_area__code",
        "element__number",
        "language",
        "country",
        "link",
        "document_id",
        "created",
        "updated",
        *(localized_field(name, code) for name in TRANSLATED for code in LANGUAGE_CODES),
    ]
    rows = {row["pk"]: row for row in HubItem.objects.filter(pk__in=ids).values(*columns)}
    hub = index_paths(KnowledgeHubPage)
    items = []
    for pk in ids:
        row = rows.get(pk)
        if row is None:
            continue

        def values(name, row=row):
            return {code: row[localized_field(name, code)] for code in LANGUAGE_CODES}

        items.append(
            {
                "slug": row["slug"],
                "kind": row["kind"],
                "support_area": row["support_area__code"],
                "element": row["element__number"],
                "item_language": row["language"],
                "country": row["country"],
                "link": row["link"],
                "has_document": row["document_id"] is not None,
                "created": row["created"],
                "updated": row["updated"],
                **translated_fields(None, TRANSLATED, language, own=row["language"], values=values),
                "paths": {
                    code: f"{hub[code]}{row['slug']}/" if hub.get(code) else None for code in LANGUAGE_CODES
                },
            }
        )
    return items


# The hub's listing, reading the API's rows for the page shown instead of the page's cards.
API_HUB = replace(selectors.HUB, cards=hub_rows)


class HubItemSummarySerializer(serializers.Serializer):
    """An item as the list gives it (documentation of hub_rows)."""

    slug = serializers.CharField()
    kind = serializers.ChoiceField(choices=HubItem.Kind.choices)
    support_area = serializers.CharField(help_text="A support area's code.")
    element = serializers.IntegerField(help_text="A process element's number.")
    item_language = serializers.CharField(help_text="The language the tool or method is written in.")
    country = serializers.CharField(help_text="Its country of origin.")
    link = serializers.CharField()
    has_document = serializers.BooleanField()
    created = serializers.DateTimeField()
    updated = serializers.DateTimeField()
    urls = serializers.DictField(child=serializers.URLField(allow_null=True))

    def get_fields(self):
        return {**super().get_fields(), **language_fields(TRANSLATED)}


class HubItemSerializer(RecordPageSerializerMixin, TranslatedModelSerializer):
    index_page = KnowledgeHubPage

    support_area = serializers.SlugRelatedField(slug_field="code", read_only=True)
    element = serializers.SlugRelatedField(slug_field="number", read_only=True)
    item_language = serializers.CharField(
        source="language", read_only=True, help_text="The language the tool or method is written in."
    )
    document_url = serializers.SerializerMethodField(help_text="Its file, when it has one.")

    class Meta:
        model = HubItem
        fields = [
            "slug",
            "kind",
            "support_area",
            "element",
            "item_language",
            "country",
            "link",
            "document_url",
            "created",
            "updated",
        ]
        translated = TRANSLATED
        own_language = "language"

    def get_document_url(self, obj) -> str | None:
        if obj.document is None:
            return None
        request = self.context.get("request")
        url = obj.document.url
        return request.build_absolute_uri(url) if request is not None else url


FILTER_PARAMETERS = [
    OpenApiParameter(
        parameter,
        OpenApiTypes.STR,
        many=True,
        explode=True,
        description="Several values allowed (any of them); a value the hub does not hold is ignored.",
    )
    for parameter in FACET_PARAMETERS
]


@extend_schema_serializer(many=False)
class HubItemListSerializer(serializers.Serializer):
    """A page of the hub (one object, not a list of them)."""

    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    facets = serializers.DictField(
        child=serializers.DictField(child=serializers.IntegerField()),
        help_text="Each facet's value -> count, with the other filters and the search applied.",
    )
    results = HubItemSummarySerializer(many=True)

    class Meta:
        ref_name = "HubItemList"


LANGUAGE_PARAMETER = OpenApiParameter("lang", OpenApiTypes.STR, enum=list(LANGUAGE_CODES))
LIST_PARAMETERS = [
    *FILTER_PARAMETERS,
    OpenApiParameter("q", OpenApiTypes.STR, description="Full-text search in the answer's language."),
    OpenApiParameter("ordering", OpenApiTypes.STR, enum=list(ORDERINGS)),
    OpenApiParameter("page", OpenApiTypes.INT),
    OpenApiParameter("page_size", OpenApiTypes.INT, description="At most API_MAX_PAGE_SIZE (100)."),
    LANGUAGE_PARAMETER,
]


class HubItemViewSet(FacetedListViewSet):
    """The knowledge hub's public tools and methods."""

    listing = API_HUB
    query_form = HubQueryForm
    facet_parameters = FACET_PARAMETERS
    lookup_field = "slug"
    lookup_value_regex = SLUG_PATTERN

    @extend_schema(
        summary="The knowledge hub's tools and methods, with the hub's facet counts",
        parameters=LIST_PARAMETERS,
        responses=HubItemListSerializer,
    )
    def list(self, request):
        return Response(self.cached_data(request, lambda: self.listing_answer(request)))

    @extend_schema(
        summary="A tool or method of the hub, by its slug",
        parameters=[LANGUAGE_PARAMETER, OpenApiParameter("slug", OpenApiTypes.STR, OpenApiParameter.PATH)],
        responses=HubItemSerializer,
    )
    def retrieve(self, request, slug=None):
        return Response(self.cached_data(request, lambda: self._retrieve(request, slug)))

    def _retrieve(self, request, slug) -> dict:
        item = selectors.hub_item_public(slug)
        if item is None:
            raise NotFound()
        return HubItemSerializer(item, context={"request": request, "view": self}).data


ROUTES = [("hub-items", HubItemViewSet, "hub-item")]
