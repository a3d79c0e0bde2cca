"""One JSON shape for every error under /api/, in the request's language.

    {"error": {"status": 404, "code": "not_found", "message": "Not found.", "details": {}}}

`details` holds a validation error's messages by field, and whatever else tells the client how
to go on (a stale write's current version, a throttle's wait). DRF's own errors pass through
`exception_handler`; anything answered outside DRF under /api/ (an unknown address, Django's 404,
a 413 for a body too large, a server error) is rewritten by `ApiErrorMiddleware`, so a program
never gets an HTML page from the API.
"""

from rest_framework import exceptions
from rest_framework.views import exception_handler as drf_exception_handler

from django.http import JsonResponse
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .language import api_language

API_PREFIX = "/api/"

MESSAGES = {
    400: _("The request is not valid."),
    401: _("Sign in or send a valid token."),
    403: _("You may not do this."),
    404: _("Not found."),
    405: _("This method is not allowed here."),
    406: _("This answer is only available as JSON."),
    409: _("The record has changed since you read it."),
    412: _("The record has changed since you read it."),
    413: _("The request is too large."),
    415: _("This content type is not supported."),
    429: _("Too many requests. Try again later."),
    500: _("Something went wrong on our side. Try again later."),
    503: _("The service is unavailable for a moment. Try again later."),
}
CODES = {
    400: "invalid",
    401: "not_authenticated",
    403: "permission_denied",
    404: "not_found",
    405: "method_not_allowed",
    406: "not_acceptable",
    409: "conflict",
    412: "precondition_failed",
    413: "too_large",
    415: "unsupported_media_type",
    429: "throttled",
    500: "server_error",
    503: "unavailable",
}


def error_body(status: int, *, code: str = "", message: str = "", details: dict | None = None) -> dict:
    generic = MESSAGES.get(status) or MESSAGES[500 if status >= 500 else 400]
    return {
        "error": {
            "status": status,
            "code": code or CODES.get(status, "error"),
            "message": str(message or generic),
            "details": details or {},
        }
    }


def exception_handler(exc, context):
    """DRF's handler, with its answer put in the API's error shape."""
    response = drf_exception_handler(exc, context)
    if response is None:
        return None
    status = response.status_code
    data = response.data
    details = {}
    if isinstance(exc, exceptions.ValidationError):
        message = ""
        details = data if isinstance(data, dict) else {"non_field_errors": data}
        code = "invalid"
    else:
        message = data.get("detail", "") if isinstance(data, dict) else ""
        codes = exc.get_codes() if isinstance(exc, exceptions.APIException) else None
        code = codes if isinstance(codes, str) else ""
        details = (
            {key: value for key, value in data.items() if key != "detail"} if isinstance(data, dict) else {}
        )
        if isinstance(exc, exceptions.Throttled) and exc.wait is not None:
            details["retry_after"] = int(exc.wait + 0.999)
            message = gettext("Too many requests. Try again in %(seconds)s seconds.") % {
                "seconds": details["retry_after"]
            }
    response.data = error_body(status, code=code, message=message, details=details)
    return response


def is_api(request) -> bool:
    return request.path_info.startswith(API_PREFIX)


class ApiErrorMiddleware:
    """Any 4xx or 5xx under /api/ that is not already JSON becomes the API's error shape."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if not is_api(request):
            return response
        response.language_redirect = False
        if response.status_code < 400 or response.get("Content-Type", "").startswith("application/json"):
            return response
        with translation.override(api_language(request)):
            body = error_body(response.status_code)
        replaced = JsonResponse(body, status=response.status_code, json_dumps_params={"ensure_ascii": False})
        for header in ("Allow", "Retry-After", "Vary", "Content-Language"):
            if response.has_header(header):
                replaced[header] = response[header]
        replaced.language_redirect = False
        return replaced


def json_error(status: int, **kwargs) -> JsonResponse:
    """An error answered by a plain Django view under /api/ (the open-data files)."""
    return JsonResponse(
        error_body(status, **kwargs), status=status, json_dumps_params={"ensure_ascii": False}
    )
