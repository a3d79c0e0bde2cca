"""The library's cases: the listing with its facet counts, and each case.

The list is the library's own faceted listing (`LIBRARY`, apps/practices/selectors/listing.py)
with an API card reader in place of the page's: the same bitmaps give the same ids, totals and
facet counts as the library page for the same filters, and one query reads the page's cases.
"""

from dataclasses import replace

from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter, extend_schema, extend_schema_serializer
from rest_framework import serializers
from rest_framework.exceptions import NotFound
from rest_framework.response import Response

from django.conf import settings
from django.db.models import Q

from apps.core.i18n import LANGUAGE_CODES, localized_field
from apps.core.selectors import live_public
from apps.practices import selectors
from apps.practices.forms import LibraryQueryForm
from apps.practices.models import PracticePage, Rating, ValidationState
from apps.practices.selectors.validation import ValidationBadge, validation_badges

from ..language import translated_fields, urls_in_every_language
from ..listings import FacetedListViewSet
from ..serializers import Filled, TranslatedModelSerializer, language_fields

# The API's name of each of the library's facets.
FACET_PARAMETERS = {
    "country": "country",
    "element": "element",
    "approach": "approach",
    "support_area": "area",
    "theme": "theme",
    "target_group": "target",
    "validation": "validation",
    "region": "region",
}
FACET_NAMES = {facet: parameter for parameter, facet in FACET_PARAMETERS.items()}
# The listing's orders, asked for with ?ordering= (relevance only with a search).
ORDERINGS = selectors.LIBRARY.sorts


def _classification(pk: int, index) -> dict[str, list[str]]:
    """The codes of every facet value a case carries, read from the facet bitmaps."""
    return {
        FACET_NAMES[facet]: sorted(value for value, ids in index.values[facet].items() if pk in ids)
        for facet in selectors.RELATIONS
    }


def validation_of(state: str, validated_at, badge: ValidationBadge | None) -> dict:
    """A case's latest validation: its state, date and every criterion's rating (none: no criteria)."""
    return {
        "state": state,
        "validated_at": validated_at if state != ValidationState.NONE else None,
        "criteria": [
            {"key": result.key, "name": result.name, "rating": result.rating}
            for result in (badge.results if badge is not None else ())
        ],
    }


def practice_rows(ids: list[int], *, language: str, text: str = "") -> list[dict]:
    """What the API lists of each case of ids, in their order: one query whatever their number."""
    if not ids:
        return []
    translated = ("title", "summary")
    columns = [
        "pk",
        "country",
        "organisation",
        "source_name",
        "name_is_official",
        "region",
        "original_language",
        "year",
        "first_published_at",
        "validation",
        "validated_at",
        *(localized_field(name, code) for name in (*translated, "slug") for code in LANGUAGE_CODES),
    ]
    rows = {row["pk"]: row for row in PracticePage.objects.filter(pk__in=ids).values(*columns)}
    index = selectors.facet_index()
    badges = validation_badges({pk: (row["validation"], row["validated_at"]) for pk, row in rows.items()})
    library = library_urls()
    default = settings.LANGUAGE_CODE
    practices = []
    for pk in ids:
        row = rows.get(pk)
        if row is None:
            continue

        def values(name, row=row):
            return {code: row[localized_field(name, code)] for code in LANGUAGE_CODES}

        slugs = {
            code: row[localized_field("slug", code)] or row[localized_field("slug", default)]
            for code in LANGUAGE_CODES
        }
        practices.append(
            {
                "id": pk,
                "slug": slugs[language],
                "country": row["country"],
                "organisation": row["organisation"],
                "source_name": row["source_name"],
                "name_is_official": row["name_is_official"],
                "region": row["region"],
                "original_language": row["original_language"],
                "year": row["year"],
                "published": row["first_published_at"],
                **_classification(pk, index),
                "validation": validation_of(row["validation"], row["validated_at"], badges.get(pk)),
                **translated_fields(None, translated, language, own=row["original_language"], values=values),
                "paths": {code: f"{library[code]}{slugs[code]}/" for code in LANGUAGE_CODES},
            }
        )
    return practices


def library_urls() -> dict[str, str]:
    """The library's address in every language (cached): a case's address is its slug below it."""
    return urls_in_every_language(selectors.library_url)


# The library's listing, reading the API's rows for the page shown instead of the page's cards.
API_LIBRARY = replace(selectors.LIBRARY, cards=practice_rows)


SOURCE_NAME_HELP = "The case's English name in the sources: the gloss of an official name."
OFFICIAL_HELP = "Whether the title is the official name in its own language, the same in every language."
REGION_HELP = "The NUTS-2 (2021) region the case works in, or empty."


class CriterionRatingSerializer(serializers.Serializer):
    key = serializers.CharField(help_text="problem, approach, evidence, scale or transfer.")
    name = serializers.CharField(help_text="The criterion's name in the answer's language.")
    rating = serializers.ChoiceField(choices=Rating.choices)


class ValidationSerializer(serializers.Serializer):
    """The case's latest validation against the centre's checklist."""

    state = serializers.ChoiceField(
        choices=ValidationState.choices,
        help_text="current: validated; stale: validated before the last change; none: not validated.",
    )
    validated_at = serializers.DateTimeField(allow_null=True)
    criteria = CriterionRatingSerializer(many=True, help_text="Every criterion's rating; empty when none.")


class PracticeSummarySerializer(serializers.Serializer):
    """A case as the list gives it (documentation of practice_rows)."""

    id = serializers.IntegerField()
    slug = serializers.CharField()
    country = serializers.CharField()
    organisation = serializers.CharField()
    source_name = serializers.CharField(help_text=SOURCE_NAME_HELP)
    name_is_official = serializers.BooleanField(help_text=OFFICIAL_HELP)
    region = serializers.CharField(help_text=REGION_HELP)
    original_language = serializers.CharField()
    year = serializers.IntegerField(allow_null=True)
    published = serializers.DateTimeField(allow_null=True)
    element = serializers.ListField(child=serializers.CharField())
    approach = serializers.ListField(child=serializers.CharField())
    support_area = serializers.ListField(child=serializers.CharField())
    theme = serializers.ListField(child=serializers.CharField())
    target_group = serializers.ListField(child=serializers.CharField())
    validation = ValidationSerializer()
    urls = serializers.DictField(child=serializers.URLField())

    def get_fields(self):
        return {**super().get_fields(), **language_fields(("title", "summary"))}


@extend_schema_serializer(many=False)
class PracticeListSerializer(serializers.Serializer):
    """A page of the cases, with every facet's counts (documentation of the list's answer)."""

    count = serializers.IntegerField()
    next = serializers.URLField(allow_null=True)
    previous = serializers.URLField(allow_null=True)
    facets = serializers.DictField(
        child=serializers.DictField(child=serializers.IntegerField()),
        help_text="Each facet's value -> count, with the other filters and the search applied.",
    )
    results = PracticeSummarySerializer(many=True)


class PracticeSerializer(TranslatedModelSerializer):
    """A case with its texts, classification and links."""

    published = serializers.DateTimeField(source="first_published_at", read_only=True)

    class Meta:
        model = PracticePage
        fields = [
            "id",
            "slug",
            "country",
            "organisation",
            "source_name",
            "name_is_official",
            "region",
            "original_language",
            "year",
            "published",
        ]
        extra_kwargs = {
            "source_name": {"help_text": SOURCE_NAME_HELP},
            "name_is_official": {"help_text": OFFICIAL_HELP},
            "region": {"help_text": REGION_HELP},
        }
        translated = ("summary", "title", "body_text", "success_factors", "pitfalls", "lessons", "contact")
        own_language = "original_language"

    def get_fields(self):
        codes = {
            FACET_NAMES[facet]: Filled(serializers.ListField(child=serializers.CharField()))
            for facet in selectors.RELATIONS
        }
        return {**super().get_fields(), **codes, "validation": Filled(ValidationSerializer())}

    def to_representation(self, obj):
        # The classification as the list gives it: codes read from the library's facet bitmaps.
        badge = validation_badges({obj.pk: (obj.validation, obj.validated_at)}).get(obj.pk)
        return {
            **super().to_representation(obj),
            **_classification(obj.pk, selectors.facet_index()),
            "validation": validation_of(obj.validation, obj.validated_at, badge),
        }

    def page_url(self, obj, language):
        slug = getattr(obj, localized_field("slug", language)) or obj.slug
        return f"{library_urls()[language]}{slug}/"


FILTER_PARAMETERS = [
    OpenApiParameter(
        parameter,
        OpenApiTypes.STR,
        many=True,
        explode=True,
        description="Several values allowed (any of them); codes as in the vocabulary endpoints.",
    )
    for parameter in FACET_PARAMETERS
]
LIST_PARAMETERS = [
    *FILTER_PARAMETERS,
    OpenApiParameter("q", OpenApiTypes.STR, description="Full-text search in the answer's language."),
    OpenApiParameter("ordering", OpenApiTypes.STR, enum=list(ORDERINGS)),
    OpenApiParameter("page", OpenApiTypes.INT),
    OpenApiParameter("page_size", OpenApiTypes.INT, description="At most API_MAX_PAGE_SIZE (100)."),
]


class ApiLibraryQueryForm(LibraryQueryForm):
    """The library's query, and a region (NUTS-2 code), which the library's page does not offer."""

    facets = tuple(dict.fromkeys((*LibraryQueryForm.facets, "validation", "region")))


class PracticeViewSet(FacetedListViewSet):
    """The library's published cases."""

    listing = API_LIBRARY
    query_form = ApiLibraryQueryForm
    facet_parameters = FACET_PARAMETERS
    lookup_field = "slug"

    @extend_schema(parameters=LIST_PARAMETERS, responses=PracticeListSerializer)
    def list(self, request):
        return Response(self.cached_data(request, lambda: self.listing_answer(request)))

    @extend_schema(
        parameters=[
            OpenApiParameter("slug", OpenApiTypes.STR, OpenApiParameter.PATH, description="In any language.")
        ],
        responses=PracticeSerializer,
    )
    def retrieve(self, request, slug=None):
        return Response(self.cached_data(request, lambda: self._retrieve(request, slug)))

    def _retrieve(self, request, slug) -> dict:
        by_slug = Q()
        for code in LANGUAGE_CODES:
            by_slug |= Q(**{localized_field("slug", code): slug})
        practice = live_public(PracticePage.objects).filter(by_slug).order_by("pk").first()
        if practice is None:
            raise NotFound()
        return PracticeSerializer(practice, context={"request": request, "view": self}).data


ROUTES = [("practices", PracticeViewSet, "practice")]
