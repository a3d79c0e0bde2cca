"""What the partner and staff endpoints share: signed-in clients, the answers to a stale write,
the domains' own refusals in the API's error shape, and the errors named in the schema."""

from drf_spectacular.utils import OpenApiResponse
from rest_framework import exceptions, serializers
from rest_framework.negotiation import DefaultContentNegotiation
from rest_framework.permissions import IsAuthenticated
from rest_framework.response import Response
from rest_framework.views import set_rollback

from django.core.exceptions import ValidationError as DjangoValidationError
from django.utils.http import parse_etags, quote_etag
from django.utils.translation import gettext as _

from apps.api import errors
from apps.api.bases import ApiViewMixin


class StaleVersion(Exception):
    """A write sent with an older version than the record's: 412 for If-Match, 409 for a version field."""

    def __init__(self, current: int, *, status: int):
        super().__init__(f"stale version, current {current}")
        self.current = current
        self.status = status


def version_etag(version: int) -> str:
    return quote_etag(str(version))


def if_match(request) -> list[str] | None:
    """The entity tags of If-Match, without weak markers; None without the header."""
    header = request.headers.get("If-Match")
    if header is None:
        return None
    return [tag.removeprefix("W/") for tag in parse_etags(header)]


def check_if_match(request, version: int) -> bool:
    """False when the request names versions in If-Match and the current one is not among them."""
    tags = if_match(request)
    return tags is None or "*" in tags or version_etag(version) in tags


def validation_details(error: DjangoValidationError) -> dict:
    """A domain's ValidationError as the API's details: messages by field, `non_field_errors` for the rest."""
    if hasattr(error, "error_dict"):
        return {
            ("non_field_errors" if name == "__all__" else name): messages
            for name, messages in error.message_dict.items()
        }
    return {"non_field_errors": error.messages}


def form_error_details(form) -> dict:
    """A Django form's messages by field, `non_field_errors` for the form's own."""
    return {
        ("non_field_errors" if name == "__all__" else name): list(messages)
        for name, messages in form.errors.items()
    }


def exception_handler(exc, context):
    """The API's handler (apps/api/errors.py), also for a stale write and a domain's ValidationError."""
    if isinstance(exc, StaleVersion):
        set_rollback()
        body = errors.error_body(
            exc.status,
            message=_(
                "The record was saved by someone else since you read it (it is now at version %(version)s). "
                "Nothing is saved: read it again and send your changes with its current version."
            )
            % {"version": exc.current},
            details={"version": exc.current},
        )
        return Response(body, status=exc.status, headers={"ETag": version_etag(exc.current)})
    if isinstance(exc, DjangoValidationError):
        exc = exceptions.ValidationError(validation_details(exc))
    return errors.exception_handler(exc, context)


class SignedInViewMixin(ApiViewMixin):
    """A signed-in client (a session or a token), the API's language and headers, and its errors."""

    permission_classes = [IsAuthenticated]

    def get_exception_handler(self):
        return exception_handler


class AnyAccept(DefaultContentNegotiation):
    """A file download answers with the file whatever Accept says."""

    def select_renderer(self, request, renderers, format_suffix=None):
        return renderers[0], renderers[0].media_type


# The error shape, for the schema (apps/api/errors.py).


class ApiErrorBodySerializer(serializers.Serializer):
    status = serializers.IntegerField()
    code = serializers.CharField()
    message = serializers.CharField()
    details = serializers.DictField()


class ApiErrorSerializer(serializers.Serializer):
    error = ApiErrorBodySerializer()


ERROR_DESCRIPTIONS = {
    400: "The request is not valid: `details` holds the messages by field.",
    401: "Not signed in, or the token is unknown or revoked.",
    403: "The account may not do this.",
    404: "Not found, or not yours to see.",
    409: "Stale `version`: `details.version` is the current one.",
    412: "Stale `If-Match`: `details.version` is the current one.",
    415: "This content type is not supported.",
    429: "Too many requests: `details.retry_after` seconds.",
}


def error_responses(*statuses: int) -> dict:
    """The errors an endpoint may answer, in the schema; every endpoint may answer 401, 403 and 429."""
    return {
        status: OpenApiResponse(ApiErrorSerializer, description=ERROR_DESCRIPTIONS[status])
        for status in sorted({401, 403, 429, *statuses})
    }
