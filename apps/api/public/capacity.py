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
from rest_framework import serializers, viewsets
from rest_framework.exceptions import NotFound
from rest_framework.permissions import AllowAny
from rest_framework.response import Response
from rest_framework.utils.urls import remove_query_param, replace_query_param

from django.conf import settings
from django.http import QueryDict

from apps.capacity import selectors
from apps.capacity.forms import HubQueryForm
from apps.capacity.models import HubItem, KnowledgeHubPage
from apps.core.i18n import LANGUAGE_CODES, localized_field

from ..bases import ApiViewMixin, CachedReadMixin
from ..language import translated_fields
from ..records import SLUG_PATTERN, RecordPageSerializerMixin, index_paths
from ..serializers import TranslatedModelSerializer, language_fields

# The API's name of each of the hub's facets.
FACET_PARAMETERS = {
    "support_area": "area",
    "element": "element",
    "language": "language",
    "country": "country",
}
FACET_NAMES = {facet: parameter for parameter, facet in FACET_PARAMETERS.items()}
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


def hub_query(params: QueryDict):
    """The hub's query from the API's parameters, read by the hub page's own forgiving form."""
    data = QueryDict(mutable=True)
    for parameter, facet in FACET_PARAMETERS.items():
        data.setlist(facet, params.getlist(parameter))
    data["q"] = params.get("q", "")
    data["sort"] = params.get("ordering", "")
    data["page"] = params.get("page", "")
    return HubQueryForm(data).query


def page_size(params: QueryDict) -> int:
    try:
        size = int(params.get("page_size", ""))
    except ValueError:
        return selectors.PAGE_SIZE
    return min(max(size, 1), settings.API_MAX_PAGE_SIZE)


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


class HubItemViewSet(ApiViewMixin, CachedReadMixin, viewsets.ViewSet):
    """The knowledge hub's public tools and methods."""

    permission_classes = [AllowAny]
    lookup_field = "slug"
    lookup_value_regex = SLUG_PATTERN
    query_parameters = tuple(FACET_PARAMETERS)

    @extend_schema(
        summary="The knowledge hub's tools and methods, with the hub's facet counts",
        parameters=LIST_PARAMETERS,
        responses=HubItemListSerializer,
    )
    def list(self, request):
        return Response(self.cached_data(request, lambda: self._list(request)))

    def _list(self, request) -> dict:
        query = hub_query(request.GET)
        listing = API_HUB.page(
            filters=query.filters,
            text=query.text,
            sort=query.listing_sort,
            page=query.page,
            language=self.language,
            per_page=page_size(request.GET),
        )
        page = listing.page_obj
        url = request.build_absolute_uri()

        def link(number: int) -> str:
            return (
                remove_query_param(url, "page") if number == 1 else replace_query_param(url, "page", number)
            )

        results = []
        for row in listing.results:
            paths = row.pop("paths")
            urls = {code: path and request.build_absolute_uri(path) for code, path in paths.items()}
            results.append({**row, "urls": urls})
        return {
            "count": listing.total,
            "next": link(page.next_page_number()) if page.has_next() else None,
            "previous": link(page.previous_page_number()) if page.has_previous() else None,
            "facets": {FACET_NAMES[facet]: counts for facet, counts in listing.counts.items()},
            "results": results,
        }

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
