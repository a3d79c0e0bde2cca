"""The library at 1,000 demo cases: bitmap counts against plain ORM counts."""

import pytest

from django.contrib.postgres.search import SearchQuery

from apps.practices import selectors
from apps.practices.demo import demo_cases_create
from apps.practices.models import PracticePage
from apps.practices.selectors import FACETS, practice_listing

pytestmark = pytest.mark.django_db

LOOKUPS = {
    "country": "country__in",
    "element": "elements__number__in",
    "approach": "approaches__code__in",
    "area": "support_areas__code__in",
    "theme": "themes__code__in",
    "target": "target_groups__code__in",
}
STATES = [
    {},
    {"country": ["SE"]},
    {"country": ["SE", "LV"], "element": ["4"]},
    {"theme": ["demo-health"], "area": ["scaling"]},
    {"element": ["1", "3"], "target": ["demo-migrants"], "country": ["FR"]},
    {"approach": ["4.5", "5.1"], "theme": ["demo-housing", "demo-education"]},
]


def orm_count(filters):
    queryset = PracticePage.objects.live()
    for facet, values in filters.items():
        queryset = queryset.filter(**{LOOKUPS[facet]: values})
    return queryset.distinct().count()


def test_counts_equal_plain_orm_counts_at_1000_demo_cases():
    demo_cases_create(count=1000)
    for filters in STATES:
        listing = practice_listing(filters=filters, text="", sort="newest", page=1, language="en")
        assert listing.total == orm_count(filters), filters
        assert len(listing.practices) == min(20, listing.total)
        for facet in FACETS:
            others = {key: values for key, values in filters.items() if key != facet}
            for value, count in listing.counts[facet].items():
                assert count == orm_count({**others, facet: [value]}), (filters, facet, value)


SEARCHES = [
    ("trust or housing", {}),
    ("coaching", {"country": ["SE", "LV"]}),
    ("welfare -scale", {"element": ["4"]}),
    ('"social impact"', {}),
    ("youth employment", {"theme": ["demo-health"]}),
    ("nothing-like-this-exists", {}),
]


def orm_search_count(text, filters):
    queryset = PracticePage.objects.live().filter(
        search_en=SearchQuery(text, config="english", search_type="websearch")
    )
    for facet, values in filters.items():
        queryset = queryset.filter(**{LOOKUPS[facet]: values})
    return queryset.distinct().count()


def test_search_totals_and_facet_counts_equal_plain_orm_counts():
    demo_cases_create(count=400)
    for text, filters in SEARCHES:
        listing = practice_listing(filters=filters, text=text, sort="relevance", page=1, language="en")
        assert listing.total == orm_search_count(text, filters), (text, filters)
        assert len(listing.practices) == min(20, listing.total)
        for facet in ("country", "element", "area"):
            others = {key: values for key, values in filters.items() if key != facet}
            for value, count in listing.counts[facet].items():
                assert count == orm_search_count(text, {**others, facet: [value]}), (text, facet, value)


def test_the_newest_matches_are_ranked_and_older_ones_follow_by_date(monkeypatch):
    demo_cases_create(count=60)
    monkeypatch.setattr(selectors.matching, "RANKED", 20)
    first = practice_listing(filters={}, text="demo", sort="relevance", page=1, language="en")
    second = practice_listing(filters={}, text="demo", sort="relevance", page=2, language="en")
    newest = list(
        PracticePage.objects.live()
        .filter(search_en=SearchQuery("demo", config="english"))
        .order_by("-first_published_at", "-pk")
        .values_list("pk", flat=True)
    )
    assert {card.pk for card in first.practices} == set(newest[:20])
    assert [card.pk for card in second.practices] == newest[20:40]
