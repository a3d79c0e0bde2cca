"""What drf-spectacular needs to know of the API beyond what it reads from the views."""

from drf_spectacular import openapi
from drf_spectacular.extensions import OpenApiSerializerFieldExtension
from drf_spectacular.types import OpenApiTypes
from drf_spectacular.utils import OpenApiParameter

from apps.core.i18n import LANGUAGE_CODES


class FilledFieldExtension(OpenApiSerializerFieldExtension):
    target_class = "apps.api.serializers.Filled"

    def map_serializer_field(self, auto_schema, direction):
        return auto_schema._map_serializer_field(self.target.schema_field, direction)


class AutoSchema(openapi.AutoSchema):
    """Every operation documents `?lang=`, which every endpoint reads."""

    def get_override_parameters(self):
        return [
            OpenApiParameter(
                "lang",
                OpenApiTypes.STR,
                enum=[*LANGUAGE_CODES],
                description="The answer's language (else Accept-Language, else English).",
            ),
            *super().get_override_parameters(),
        ]


def portal_endpoints(endpoints):
    """Only the portal's API below /api/v1/ (Wagtail's admin API is the admin's own)."""
    return [endpoint for endpoint in endpoints if endpoint[0].startswith("/api/v1/")]


ERROR = {
    "type": "object",
    "required": ["error"],
    "properties": {
        "error": {
            "type": "object",
            "required": ["status", "code", "message", "details"],
            "properties": {
                "status": {"type": "integer"},
                "code": {"type": "string"},
                "message": {"type": "string", "description": "In the request's language."},
                "details": {"type": "object", "additionalProperties": True},
            },
        }
    },
}


def error_responses(result, generator, request, public):
    """Every operation may answer an error, always in the one JSON shape (apps/api/errors.py)."""
    result.setdefault("components", {}).setdefault("schemas", {})["Error"] = ERROR
    reference = {"$ref": "#/components/schemas/Error"}
    for operations in result.get("paths", {}).values():
        for operation in operations.values():
            if isinstance(operation, dict) and "responses" in operation:
                operation["responses"].setdefault(
                    "default",
                    {"description": "An error.", "content": {"application/json": {"schema": reference}}},
                )
    return result
