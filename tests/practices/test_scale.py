"""The library at 1,000 demo cases: bitmap counts against plain ORM counts."""

import pytest

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
