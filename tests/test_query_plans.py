"""A guard against the next scale regression that times nothing: it reads query plans.

At a few thousand demo cases and mapping entries, every SQL statement of every benchmarked
page is run again under EXPLAIN ANALYZE, and a plan that reads far more rows of the case, page
or mapping tables than a page shows fails. A page of twenty cards needs tens of rows; a scan of
the whole library is a bug that only shows at 100,000 cases, and here it shows at 3,000.
"""

import json
import re

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.mapping.demo import demo_entries_create
from apps.practices.demo import demo_cases_create
from apps.practices.models import PracticePage

pytestmark = [pytest.mark.django_db, pytest.mark.slow]

DEMO_CASES = 3000
DEMO_ENTRIES = 3000
MAX_ROWS = 1000
WATCHED = re.compile(r"^(wagtailcore_page|practices_\w+|mapping_mappingentry|mapping_score)$")

# Statements that read everything once, on purpose, and are then kept in the cache until a
# change: each pattern is matched against the SQL, and each says why it may read so much.
ALLOWED = {
    # The facet bitmaps: every listed case with its country, region and validation and its taxonomy
    # links, built once per version of the library (apps/practices/selectors/facets.py:
    # facet_index_build).
    "facet index: cases": r'^SELECT "practices_practicepage"\.'
    r'"(page_ptr_id|country|region|validation)" AS [^;]* '
    r'WHERE "wagtailcore_page"\."live" ORDER BY "wagtailcore_page"\."path" ASC$',
    "facet index: links": r'^SELECT "practices_practicepage_'
    r'(elements|approaches|support_areas|themes|target_groups)"',
    # Every listed case's id in date or title order, once per version (practice_order).
    "sort orders": r'^SELECT "practices_practicepage"\."page_ptr_id" AS "pk" FROM .* '
    r'WHERE "wagtailcore_page"\."live" '
    r"ORDER BY (\"wagtailcore_page\"\.\"first_published_at\" DESC|COALESCE)",
    # The cases holding one word, kept an hour per version: a bitmap per word (word_matches).
    "word bitmaps": r"^SELECT page_ptr_id FROM practices_practicepage WHERE search_\w+ @@ '.*'::tsquery$",
    # The mapping's comparison: every approved score averaged per country and criterion, and
    # each country's count of approved entries, once per version of the mapping (selectors.py).
    "mapping comparison": r'^SELECT "mapping_criterion"\."key" AS "criterion__key", '
    r'"mapping_mappingentry"\."country" AS "entry__country", AVG',
    "mapping counts": r'^SELECT COUNT\(\*\) AS "__count" FROM "mapping_mappingentry" WHERE',
    # A child sitemap lists up to SITEMAP_PAGES_PER_FILE pages, each in every language.
    # (its columns come in no fixed order: the url_path of every language, the date and the id).
    "sitemap child": r'^SELECT "wagtailcore_page"\."(last_published_at|url_path_\w+|id)"( AS "\w+")?, '
    r'"wagtailcore_page"\."(last_published_at|url_path_\w+|id)"',
    # ... and of the cases among them, the languages each is written in (PracticePage.languages_of).
    "sitemap child: cases' languages": r'^SELECT "practices_practicepage"\."[^;]* AS "written_\w+"[^;]* '
    r'FROM "practices_practicepage" WHERE "practices_practicepage"\."page_ptr_id" IN \(',
}

PAGES = [
    "/en/",
    "/en/best-practices/",
    "/en/best-practices/?country=SE&element=4",
    "/en/best-practices/?sort=title&page=50",
    "/en/best-practices/?country=LV&country=ES&area=scaling&sort=title&page=7",
    "/en/best-practices/?q=Vinnova",
    "/en/best-practices/?q=demo",
    "/en/best-practices/?q=trust+or+housing",
    "/en/best-practices/?q=coaching&element=2&page=3",
    "/sv/goda-exempel/?q=förtroende",
    "/lv/laba-prakse/?q=uzticesanas",
    "/en/best-practices/demo-case-1/",
    "/en/best-practices/sweden/",
    "/en/feeds/practices/",
    "/sitemap.xml",
    "/sitemap-1.xml",
    "/en/ecosystem-mapping/",
    "/en/ecosystem-mapping/latvia/",
    "/en/ecosystem-mapping/latvia/?page=20",
]


def rows_read(node) -> list[tuple[str, int]]:
    """Every scan of a watched table in a plan, with the rows it read (kept or filtered out)."""
    found = []
    relation = node.get("Relation Name")
    if relation and WATCHED.match(relation):
        per_loop = (
            node.get("Actual Rows", 0)
            + node.get("Rows Removed by Filter", 0)
            + node.get("Rows Removed by Index Recheck", 0)
        )
        found.append((f"{node['Node Type']} on {relation}", int(per_loop * node.get("Actual Loops", 1))))
    for child in node.get("Plans", []):
        found += rows_read(child)
    return found


def plan_violations(sql: str, *, allowed: dict = ALLOWED) -> list[str]:
    if not sql.lstrip().upper().startswith("SELECT"):
        return []
    if any(re.search(pattern, sql, re.S) for pattern in allowed.values()):
        return []
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (ANALYZE, FORMAT JSON) {sql}")
        plan = cursor.fetchone()[0]
    plan = json.loads(plan) if isinstance(plan, str) else plan
    scans = rows_read(plan[0]["Plan"])
    return [f"{scan} read {count} rows: {sql[:300]}" for scan, count in scans if count > MAX_ROWS]


@pytest.fixture(scope="module")
def library_at_scale(django_db_setup, django_db_blocker):
    """A few thousand cases, committed for this module and removed after it."""
    with django_db_blocker.unblock():
        demo_cases_create(count=DEMO_CASES)
        demo_entries_create(count=DEMO_ENTRIES)
        with connection.cursor() as cursor:
            cursor.execute("ANALYZE")
        yield
        from apps.mapping.demo import demo_entries_delete
        from apps.practices.demo import demo_cases_delete

        demo_cases_delete()
        demo_entries_delete()


def test_every_statement_of_every_benchmarked_page_reads_about_what_it_shows(library_at_scale, client):
    assert PracticePage.objects.filter(is_demo=True).count() == DEMO_CASES
    violations = []
    for path in PAGES:
        for attempt in ("cold", "warm"):
            with CaptureQueriesContext(connection) as captured:
                response = client.get(path)
            assert response.status_code == 200, path
            for query in captured.captured_queries:
                violations += [f"{path} ({attempt}): {problem}" for problem in plan_violations(query["sql"])]
    assert violations == [], "\n".join(violations)


def test_the_guard_catches_an_unindexed_query(library_at_scale):
    sql = "SELECT page_ptr_id FROM practices_practicepage WHERE organisation = 'Nobody at all'"
    [violation] = plan_violations(sql)
    assert "Seq Scan on practices_practicepage" in violation
    # The allow-list lets a named statement through, and only that one.
    assert plan_violations(sql, allowed={"test": "Nobody at all"}) == []
    indexed = "SELECT page_ptr_id FROM practices_practicepage WHERE page_ptr_id = 42"
    assert plan_violations(indexed) == []
