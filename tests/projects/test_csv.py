"""The register's CSV: the filtered list, streamed, its totals the database's, its memory flat."""

import csv
import io
import tracemalloc

import pytest

from apps.projects.demo import demo_projects_create
from apps.projects.models import EsfProject
from tests.projects.factories import EsfProjectFactory
from tests.projects.helpers import register_url

pytestmark = pytest.mark.django_db


def csv_url() -> str:
    return f"{register_url()}csv/"


def rows_of(response) -> list[list[str]]:
    assert response.streaming
    return list(csv.reader(io.StringIO(b"".join(response.streaming_content).decode("utf-8-sig"))))


def test_the_csv_lists_the_filtered_public_projects_with_a_header(client):
    EsfProjectFactory(name="Latvian project", country="LV", nuts2_code="LV00")
    EsfProjectFactory(name="Private project", country="LV", nuts2_code="LV00", is_public=False)
    response = client.get(csv_url(), {"country": "LV"})
    assert response["Content-Type"].startswith("text/csv")
    rows = rows_of(response)
    assert rows[0][:2] == ["diary number", "name"]
    assert [row[1] for row in rows[1:]] == ["Latvian project"]
    everything = rows_of(client.get(csv_url()))
    assert len(everything) - 1 == EsfProject.objects.public().count()


def test_cells_a_spreadsheet_would_run_are_kept_as_text(client):
    EsfProjectFactory(name="=HYPERLINK(1)", owner="@owner", region="-region")
    EsfProjectFactory(name="+SUM(1)")
    rows = rows_of(client.get(csv_url(), {"q": "("}))
    assert sorted(row[1] for row in rows[1:]) == ["'+SUM(1)", "'=HYPERLINK(1)"]
    first = next(row for row in rows if row[1] == "'=HYPERLINK(1)")
    assert (first[2], first[12]) == ("'@owner", "'-region")


def _peak_while_streaming(client) -> tuple[int, int]:
    tracemalloc.start()
    try:
        response = client.get(csv_url())
        count = -1  # the header
        for line in response.streaming_content:
            count += line.count(b"\n")
        _current, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    return count, peak


def test_the_csv_s_memory_does_not_grow_with_its_rows_and_its_totals_are_the_database_s(client):
    demo_projects_create(2000, engagements_each=0)
    small_count, small_peak = _peak_while_streaming(client)
    assert small_count == EsfProject.objects.public().count()
    demo_projects_create(18000, engagements_each=0)
    large_count, large_peak = _peak_while_streaming(client)
    assert large_count == EsfProject.objects.public().count() > 17000
    # Ten times the rows; a list held in memory would take ten times the peak.
    assert large_peak < small_peak * 1.5, (small_peak, large_peak)


def test_the_status_is_written_in_the_reader_s_language(client):
    from django.utils import translation

    from apps.projects.models import Status

    EsfProjectFactory(name="Swedish project")
    rows = rows_of(client.get(f"{register_url('sv')}csv/", {"q": "Swedish project"}))
    with translation.override("sv"):
        assert rows[1][-1] == str(Status.ONGOING.label) != "ongoing"
