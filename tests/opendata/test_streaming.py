"""A file streams in batches: its queries do not grow with its rows, and its first bytes come at once."""

import pytest

from apps.core.i18n import LANGUAGE_CODES
from apps.opendata import datasets
from apps.practices.demo import demo_cases_create
from apps.practices.models import PracticePage
from apps.practices.selectors import facet_index_invalidate
from apps.projects.models import EsfProject
from tests.activities.factories import ActivityFactory
from tests.projects.factories import EngagementFactory, EsfProjectFactory

from .helpers import body_of, file_url

pytestmark = pytest.mark.django_db


def _projects(count: int) -> None:
    for _number in range(count):
        EngagementFactory(project=EsfProjectFactory())


def _queries_of(client, django_assert_max_num_queries, dataset, extension, limit):
    body_of(client.get(file_url(dataset, "sv", extension)))  # what is cached is cached
    with django_assert_max_num_queries(limit) as captured:
        response = client.get(file_url(dataset, "sv", extension))
        assert response.streaming
        body_of(response)
    return len(captured.captured_queries)


@pytest.mark.parametrize("extension", ["csv", "jsonl"])
def test_the_register_s_queries_are_the_same_for_10_and_100_projects(
    client, django_assert_max_num_queries, extension, monkeypatch
):
    _projects(10)
    few = _queries_of(client, django_assert_max_num_queries, "projects", extension, 20)
    _projects(90)
    many = _queries_of(client, django_assert_max_num_queries, "projects", extension, few)
    assert many == few


def test_batches_are_read_once_each(client, django_assert_max_num_queries, monkeypatch):
    """With batches of 10, 100 projects cost ten times a batch's queries, never one per row."""
    monkeypatch.setattr(datasets, "BATCH_SIZE", 10)
    _projects(5)
    one_batch = _queries_of(client, django_assert_max_num_queries, "projects", "csv", 20)
    _projects(95)
    rows = EsfProject.objects.public().count()
    batches = rows // 10 + 1  # the last one short, or empty
    # Each further batch is one query for its projects and three for their needs, partners and
    # engagements (an empty last batch only the first).
    limit = one_batch + 4 * (batches - 1)
    assert _queries_of(client, django_assert_max_num_queries, "projects", "csv", limit) <= limit
    assert len(body_of(client.get(file_url("projects", "sv", "jsonl"))).splitlines()) == rows


def test_batches_follow_one_another_by_key(monkeypatch):
    monkeypatch.setattr(datasets, "BATCH_SIZE", 3)
    for _number in range(7):
        EsfProjectFactory()
    projects = EsfProject.objects.public().order_by("pk").values("pk")
    read = [[row["pk"] for row in batch] for batch in datasets.batches(projects)]
    assert [len(batch) for batch in read][-1] <= 3
    assert sum(read, []) == list(projects.values_list("pk", flat=True))


def test_events_queries_do_not_grow_either(client, django_assert_max_num_queries):
    for number in range(10):
        ActivityFactory(slug=f"event-{number}")
    few = _queries_of(client, django_assert_max_num_queries, "events", "csv", 20)
    for number in range(10, 100):
        ActivityFactory(slug=f"event-{number}")
    assert _queries_of(client, django_assert_max_num_queries, "events", "csv", few) == few


def test_the_header_comes_before_any_row_is_read(client, django_assert_num_queries):
    for language in LANGUAGE_CODES[:1]:
        response = client.get(file_url("cases", language, "csv"))
        with django_assert_num_queries(0):
            first = next(iter(response.streaming_content))
        assert first.decode() == "\ufeff"


@pytest.mark.parametrize("extension", ["csv", "jsonl"])
def test_the_cases_queries_are_the_same_for_10_and_100_more_cases(
    client, django_assert_max_num_queries, extension
):
    """The classification comes from the library's cached facet bitmaps: no query per case."""
    demo_cases_create(10, seed=3)
    facet_index_invalidate()
    few = _queries_of(client, django_assert_max_num_queries, "cases", extension, 20)
    demo_cases_create(90, seed=4)
    facet_index_invalidate()
    many = _queries_of(client, django_assert_max_num_queries, "cases", extension, few)
    assert many == few
    assert len(body_of(client.get(file_url("cases", "sv", "jsonl"))).splitlines()) == (
        PracticePage.objects.live().public().count()
    )
