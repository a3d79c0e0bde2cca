"""Run inside the portal's settings: SQL queries and response bytes of each page, by the test client."""

import json
import os
import sys

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "buicasus.settings.production")
django.setup()

from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402


def main() -> None:
    pages = json.loads(sys.argv[1])
    client = Client(HTTP_HOST="127.0.0.1", HTTP_X_FORWARDED_PROTO="https")
    results = {}
    for name, page_path in pages.items():
        client.get(page_path)  # the first request may build cached facet bitmaps
        with CaptureQueriesContext(connection) as context:
            response = client.get(page_path)
        if response.status_code != 200:
            raise SystemExit(f"{page_path} answered {response.status_code}")
        results[name] = {"queries": len(context.captured_queries), "bytes": len(response.content)}
    print(json.dumps(results))


if __name__ == "__main__":
    main()
