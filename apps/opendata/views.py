"""The open-data files and their descriptions: thin views over datasets.py and metadata.py.

A file is streamed as the database yields its rows (StreamingHttpResponse), so its memory does not
grow with its rows and its first bytes leave at once. ConditionalResponseMiddleware gives it
`Cache-Control: public` (no ETag: a stream has no body to hash); an unknown dataset, language or
format is 404, which the API's error middleware answers in its JSON shape.
"""

import json

from django.conf import settings
from django.http import Http404, JsonResponse, StreamingHttpResponse
from django.urls import reverse
from django.utils import translation
from django.views.decorators.http import require_safe

from apps.core.files.csv_export import streamed_csv
from apps.core.i18n import LANGUAGE_CODES
from apps.core.selectors import live_public

from . import metadata, schema
from .datasets import DATASETS, FORMATS


def _absolute(request):
    def absolute(path: str) -> str:
        return request.build_absolute_uri(path) if path else ""

    return absolute


def _language(request, language: str | None) -> str:
    if language is None:
        language = request.GET.get("lang", settings.LANGUAGE_CODE).strip().lower()
    if language not in LANGUAGE_CODES:
        raise Http404("No such language.")
    return language


@require_safe
def data_file(request, dataset: str, extension: str, language: str | None = None):
    """One dataset in one language (`.sv.` in the name or `?lang=sv`), as CSV or JSON Lines."""
    found = DATASETS.get(dataset)
    if found is None or extension not in FORMATS:
        raise Http404("No such file.")
    language = _language(request, language)
    rows = found.rows(language, _absolute(request))
    names = [field.name for field in found.fields]
    filename = metadata.file_name(found.name, language, extension)
    if extension == "csv":
        response = streamed_csv(
            names,
            ([schema.csv_value(row[name]) for name in names] for row in rows),
            filename=filename,
        )
        # Public records: caches on the way may keep them (ConditionalResponseMiddleware says how long).
        del response["Cache-Control"]
    else:
        lines = (
            json.dumps({name: schema.json_value(row[name]) for name in names}, ensure_ascii=False) + "\n"
            for row in rows
        )
        response = StreamingHttpResponse(lines, content_type="application/jsonl; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{filename}"'
    response["Content-Language"] = language
    response["Link"] = (
        f'<{metadata.LICENCE["path"]}>; rel="license", '
        f'<{request.build_absolute_uri(reverse("opendata:datapackage"))}>; rel="describedby"'
    )
    return response


def _json(data: dict, content_type: str = "application/json") -> JsonResponse:
    return JsonResponse(
        data, content_type=content_type, json_dumps_params={"ensure_ascii": False, "indent": 1}
    )


@require_safe
def datapackage(request):
    """The Frictionless data package describing every file."""
    return _json(metadata.datapackage(_absolute(request)))


@require_safe
def catalogue(request):
    """The DCAT-AP catalogue of the datasets, as JSON-LD."""
    from .models import OpenDataPage

    with translation.override(settings.LANGUAGE_CODE):
        page = live_public(OpenDataPage.objects.all()).first()
        page_url = request.build_absolute_uri(page.get_url()) if page is not None else ""
    return _json(metadata.catalogue(_absolute(request), page_url), content_type="application/ld+json")
