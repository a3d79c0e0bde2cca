"""A page's SQL queries must not grow with the number of cases."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.practices.demo import demo_cases_create
from apps.practices.models import PracticePage

pytestmark = pytest.mark.django_db

PAGES = [
    "/sv/",
    "/en/best-practices/",
    "/sv/goda-exempel/?country=SE&element=4",
    "/es/buenas-practicas/?q=financiación",
    "/fr/bonnes-pratiques/?sort=title&page=2",
    "/lv/laba-prakse/latvija/",
]


def queries(client, path):
    client.get(path)  # the first request after a change rebuilds the cached facet bitmaps
    with CaptureQueriesContext(connection) as context:
        response = client.get(path)
    assert response.status_code == 200, path
    return len(context.captured_queries)


def test_home_listing_and_case_pages_cost_the_same_for_10_and_200_cases(client):
    demo_cases_create(count=10)
    case = PracticePage.objects.filter(is_demo=True).order_by("pk").first()
    small = {path: queries(client, path) for path in [*PAGES, case.url]}
    demo_cases_create(count=190)
    large = {path: queries(client, path) for path in [*PAGES, case.url]}
    assert large == small
    assert max(large.values()) <= 15, large
