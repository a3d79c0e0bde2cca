"""The open-data files: every dataset in every language and format, public records only, formula-safe."""

import pytest

from django.utils import timezone

from apps.activities.models import Activity
from apps.capacity.models import HubItem
from apps.core.i18n import LANGUAGE_CODES
from apps.mapping.models import EntryStatus, MappingEntry
from apps.opendata import schema
from apps.opendata.datasets import DATASETS, FORMATS
from apps.practices.models import PracticePage
from apps.projects.models import EsfProject
from tests.activities.factories import ActivityFactory
from tests.capacity.factories import HubItemFactory
from tests.mapping.factories import ApprovedAssessmentFactory, MappingEntryFactory
from tests.practices.factories import PracticePageFactory
from tests.projects.factories import EngagementFactory, EsfProjectFactory

from .helpers import body_of, csv_rows, download, file_url, jsonl_rows

pytestmark = pytest.mark.django_db


def live_cases() -> int:
    return PracticePage.objects.live().public().count()


def test_every_file_downloads_with_its_columns_in_every_language(client):
    for dataset in DATASETS.values():
        names = [field.name for field in dataset.fields]
        for language in LANGUAGE_CODES:
            response = client.get(file_url(dataset.name, language, "csv"))
            assert response["Content-Type"] == "text/csv; charset=utf-8"
            assert response["Content-Disposition"] == f'attachment; filename="{dataset.name}.{language}.csv"'
            assert response["Content-Language"] == language
            assert "public" in response["Cache-Control"]
            body = body_of(response)
            assert body.splitlines()[0].lstrip("\ufeff") == ",".join(names)
            response = client.get(file_url(dataset.name, language, "jsonl"))
            assert response["Content-Type"] == "application/jsonl; charset=utf-8"
            for row in jsonl_rows(response):
                assert list(row) == names


def test_the_cases_are_the_library_s_live_public_cases(client):
    rows = download(client, "cases")
    assert len(rows) == live_cases() >= 35
    assert len(download(client, "cases", "sv", "jsonl")) == live_cases()
    swedish = [row for row in rows if row["country"] == "SE"]
    assert len(swedish) == 10
    first = PracticePage.objects.live().order_by("pk").first()
    assert rows[0]["id"] == str(first.pk)
    assert rows[0]["url"] == f"http://testserver{first.get_url()}"


def test_a_draft_or_private_case_is_absent(client):
    draft = PracticePageFactory(title="Draft harbour case", live=False)
    private = PracticePageFactory(title="Private harbour case")
    private.view_restrictions.create(restriction_type="login")
    from apps.core.caching.versioned import RESTRICTIONS, bump

    bump(RESTRICTIONS)
    titles = {row["title"] for row in download(client, "cases")}
    assert draft.title not in titles
    assert private.title not in titles
    assert len(titles) == live_cases()


def test_a_case_not_translated_falls_back_to_its_original_language_and_says_so(client):
    case = PracticePageFactory(
        title="Kitchen of Riga",
        original_language="lv",
        summary="English summary",
        summary_lv="Latviešu kopsavilkums",
        summary_sv="",
        country="LV",
    )
    swedish = {row["id"]: row for row in download(client, "cases", "sv", "jsonl")}[case.pk]
    assert (swedish["language"], swedish["fallback"], swedish["summary"]) == (
        "lv",
        True,
        "Latviešu kopsavilkums",
    )
    assert swedish["url"].startswith("http://testserver/sv/")
    english = {row["id"]: row for row in download(client, "cases", "en", "jsonl")}[case.pk]
    assert (english["language"], english["fallback"], english["summary"]) == ("en", False, "English summary")
    assert english["approaches"] and english["support_areas"] and english["process_elements"]


def test_the_lang_parameter_names_the_language_too(client):
    response = client.get("/api/v1/data/cases.csv", {"lang": "fr"})
    assert response["Content-Language"] == "fr"
    assert len(csv_rows(response)) == live_cases()


def test_only_approved_mapping_entries_with_their_scores(client):
    approved = ApprovedAssessmentFactory(title="Approved assessment")
    MappingEntryFactory(title="Draft entry")
    rows = {row["id"]: row for row in download(client, "mapping", "fr", "jsonl")}
    assert set(rows) == set(
        MappingEntry.objects.filter(status=EntryStatus.APPROVED).values_list("pk", flat=True)
    )
    row = rows[approved.pk]
    assert row["scores"] and set(row["scores"].values()) == {3}
    assert row["kind"] == "assessment" and row["fallback"] is True
    assert "Draft entry" not in {row["title"] for row in rows.values()}


def test_the_register_lists_public_projects_with_their_engagements(client):
    project = EsfProjectFactory(name="Public project")
    EngagementFactory(project=project)
    EsfProjectFactory(name="Private project", is_public=False)
    rows = {row["id"]: row for row in download(client, "projects", "en", "jsonl")}
    assert len(rows) == EsfProject.objects.public().count()
    assert "Private project" not in {row["name"] for row in rows.values()}
    row = rows[project.pk]
    assert row["url"].endswith(f"/{project.diary_number.lower()}/")
    assert len(row["engagements"]) == 1 and row["engagements"][0]["offering"] is not None
    csv_row = next(row for row in download(client, "projects", "sv") if row["id"] == str(project.pk))
    assert csv_row["engagements"].startswith("[{")


def test_public_events_and_hub_items_only(client):
    ActivityFactory(title="Public workshop", slug="public-workshop")
    ActivityFactory(title="Private meeting", slug="private-meeting", is_public=False)
    HubItemFactory(title="Public tool", slug="public-tool")
    HubItemFactory(title="Hidden tool", slug="hidden-tool", is_public=False)
    events = download(client, "events", "es")
    assert len(events) == Activity.objects.filter(is_public=True).count()
    assert "Private meeting" not in {row["title"] for row in events}
    workshop = next(row for row in events if row["title"] == "Public workshop")
    assert workshop["url"].endswith("/public-workshop/") and workshop["url"].startswith(
        "http://testserver/es/"
    )
    tools = download(client, "hub-items", "lv", "jsonl")
    assert [row["title"] for row in tools] == list(
        HubItem.objects.filter(is_public=True).order_by("pk").values_list("title_lv", flat=True)
    )


def test_cells_a_spreadsheet_would_run_are_neutralised_in_csv_only(client):
    EsfProjectFactory(name="=cmd|' /C calc'!A0", owner="+owner", region="-region", application_title="@title")
    row = next(row for row in download(client, "projects") if row["name"].startswith("'"))
    assert (row["name"], row["owner"], row["region"], row["application_title"]) == (
        "'=cmd|' /C calc'!A0",
        "'+owner",
        "'-region",
        "'@title",
    )
    raw = next(row for row in download(client, "projects", "en", "jsonl") if row["owner"] == "+owner")
    assert raw["name"] == "=cmd|' /C calc'!A0"
    PracticePageFactory(title="=cmd case", summary="=1+1")
    case = next(row for row in download(client, "cases") if row["title"] == "'=cmd case")
    assert case["summary"] == "'=1+1"


def test_values_are_written_as_the_schema_says():
    assert schema.csv_value(True) is True  # made 1 by the spreadsheet-safe step
    assert schema.csv_value(["a", "b"]) == '["a", "b"]'
    assert schema.csv_value(None) == ""
    assert schema.json_value(timezone.datetime(2026, 1, 2).date()) == "2026-01-02"


@pytest.mark.parametrize(
    "path",
    [
        "/api/v1/data/nothing.en.csv",
        "/api/v1/data/cases.de.csv",
        "/api/v1/data/cases.en.xlsx",
        "/api/v1/data/cases.csv?lang=xx",
    ],
)
def test_an_unknown_dataset_language_or_format_is_a_json_404(client, path):
    response = client.get(path)
    assert response.status_code == 404
    assert response["Content-Type"].startswith("application/json")
    assert response.json()["error"]["status"] == 404


def test_formats_are_csv_and_json_lines():
    assert FORMATS == ("csv", "jsonl")


def test_the_cases_carry_their_validation_state_and_date(
    client, superuser, django_capture_on_commit_callbacks
):
    from apps.practices.models import Rating
    from apps.practices.services.validation import case_validate, criteria_load

    criteria_load()
    case = PracticePageFactory(title="Validated harbour case")
    ratings = {key: (Rating.FULLY, "") for key in ("problem", "approach", "evidence", "scale", "transfer")}
    with django_capture_on_commit_callbacks(execute=True):
        case_validate(practice=case, validator=superuser, ratings=ratings)
    case.refresh_from_db()
    rows = {row["id"]: row for row in download(client, "cases")}
    assert rows[str(case.pk)]["validation"] == "current"
    assert rows[str(case.pk)]["validated_at"] == case.validated_at.isoformat()
    others = [row for pk, row in rows.items() if pk != str(case.pk)]
    assert {row["validation"] for row in others} == {"none"} and {row["validated_at"] for row in others} == {
        ""
    }
    lines = {row["id"]: row for row in jsonl_rows(client.get(file_url("cases", "fr", "jsonl")))}
    assert lines[case.pk]["validation"] == "current" and lines[case.pk]["validated_at"]
