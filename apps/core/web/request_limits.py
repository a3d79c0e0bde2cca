"""Request bodies larger than the portal accepts are refused before a byte of them is read.

A form's attachment is checked against UPLOAD_MAX_BYTES only once Django has received it: by
then a 300 MB body has been read in full. REQUEST_BODY_MAX_BYTES bounds the whole body (the
largest files one form sends together, and its fields) and is the same as the proxy's
`client_max_body_size` (deploy/nginx.conf). A request that declares a larger Content-Length is
answered 413 with a page in the reader's language before any view, form or middleware reads
the body; the proxy sends its own 413s to the same page (`error_page 413`).

A body without a Content-Length (chunked) needs no check of its own: Django reads a request's
body only up to its Content-Length, so such a body is never read at all (the view sees an
empty form). See tests/core/test_request_limits.py.
"""

from django.conf import settings
from django.shortcuts import render
from django.views.decorators.cache import never_cache


def declared_length(request) -> int | None:
    try:
        return int(request.META.get("CONTENT_LENGTH") or "")
    except ValueError:
        return None


@never_cache
def request_too_large(request):
    """The page of a body over the limit: answered here, and where nginx sends its own 413s."""
    megabytes = 1024 * 1024
    context = {
        "limit_mb": settings.REQUEST_BODY_MAX_BYTES // megabytes,
        "file_limit_mb": settings.UPLOAD_MAX_BYTES // megabytes,
    }
    return render(request, "413.html", context, status=413)


class RequestBodyLimitMiddleware:
    """Answer 413 to a request whose declared body is over REQUEST_BODY_MAX_BYTES.

    It runs after LocaleMiddleware, for the page's language, and before any view: Django's CSRF
    check, the first to read a form, does so only once every middleware has let the request on.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        length = declared_length(request)
        if length is not None and length > settings.REQUEST_BODY_MAX_BYTES:
            return request_too_large(request)
        return self.get_response(request)
