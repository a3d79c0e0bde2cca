"""The work packages with their public deliverables and milestones, and the public pilots, over the API."""

import pytest

from apps.vocabulary.models import COUNTRIES
from apps.workpackages.models import Pilot, WorkPackage
from tests.api.test_read_partners import assert_not_found, assert_urls_resolve, queries_of
from tests.workpackages.factories import (
    DeliverableFactory,
    MentoringSessionFactory,
    MilestoneFactory,
    PilotStageFactory,
    TransferAnalysisFactory,
)

pytestmark = pytest.mark.django_db

URL = "/api/v1/work-packages/"
PILOTS = "/api/v1/pilots/"


def test_the_five_work_packages_and_one_by_its_number(api):
    data = api.get(URL).json()
    assert [work_package["number"] for work_package in data["results"]] == [1, 2, 3, 4, 5]
    wp5 = api.get(f"{URL}5/").json()
    assert wp5["objectives"] == WorkPackage.objects.get(number=5).objectives_en
    assert "D5.2" in [deliverable["code"] for deliverable in wp5["deliverables"]]
    assert_not_found(api.get(f"{URL}9/"))


def test_only_public_deliverables_and_every_milestone(api):
    DeliverableFactory(code="D5.71", title="Public deliverable", with_file=True)
    DeliverableFactory(code="D5.72", title="Private deliverable", is_public=False)
    MilestoneFactory(number=71, title="A milestone", reached=True)
    wp5 = api.get(f"{URL}5/").json()
    codes = [deliverable["code"] for deliverable in wp5["deliverables"]]
    assert "D5.71" in codes and "D5.72" not in codes
    public = next(deliverable for deliverable in wp5["deliverables"] if deliverable["code"] == "D5.71")
    assert public["title"] == "Public deliverable"
    assert public["file_url"].startswith("http://testserver/en/")
    assert {"number": 71, "title": "A milestone", "reached": True}.items() <= next(
        milestone for milestone in wp5["milestones"] if milestone["number"] == 71
    ).items()
    listed = next(wp for wp in api.get(URL).json()["results"] if wp["number"] == 5)
    assert "D5.72" not in [deliverable["code"] for deliverable in listed["deliverables"]]


def test_swedish_texts_and_the_fallback_of_a_missing_one(api):
    DeliverableFactory(code="D5.73", title_en="Only in English", title_sv="")
    wp5 = api.get(f"{URL}5/", {"lang": "sv"}).json()
    record = WorkPackage.objects.get(number=5)
    assert wp5["objectives"] == record.objectives_sv
    assert wp5["description"] == str(record.description_sv) != str(record.description_en)
    assert wp5["description"].startswith("<")
    assert wp5["language"] == "sv" and wp5["fallback"] is False
    deliverable = next(d for d in wp5["deliverables"] if d["code"] == "D5.73")
    assert deliverable["title"] == "Only in English"
    assert deliverable["fallback"] is True
    assert deliverable["field_languages"] == {"title": "en"}


def test_a_work_packages_urls_are_its_page_in_every_language(api, client):
    assert_urls_resolve(client, api.get(f"{URL}2/").json()["urls"])


def test_the_query_count_does_not_grow_with_deliverables_and_milestones(api):
    before = queries_of(api, URL)
    for number in range(100, 200):
        DeliverableFactory(code=f"D{number % 5 + 1}.{number}")
        MilestoneFactory(wp=number % 5 + 1, number=number)
    assert queries_of(api, URL) == before


def test_public_pilots_with_their_public_sessions_and_analysis(api, client):
    pilot = Pilot.objects.order_by("country").first()
    PilotStageFactory(pilot=pilot, stage="mentoring")
    MentoringSessionFactory(pilot=pilot, topics="Public session", is_public=True)
    MentoringSessionFactory(pilot=pilot, topics="Private session", is_public=False)
    TransferAnalysisFactory(pilot=pilot, barriers="Turnover", is_public=True)
    data = api.get(f"{PILOTS}{pilot.country.lower()}/").json()
    assert data["country"] == pilot.country
    assert [session["topics"] for session in data["sessions"]] == ["Public session"]
    assert data["current_stage"] == "mentoring"
    assert data["transfer_analysis"]["barriers"] == "Turnover"
    assert_urls_resolve(client, data["urls"])


def test_the_case_a_pilot_transfers_in_every_language(api, client, case):
    pilot = Pilot.objects.order_by("country").first()
    Pilot.objects.filter(pk=pilot.pk).update(practice_page=case)
    urls = api.get(f"{PILOTS}{pilot.country}/").json()["practice_urls"]
    assert_urls_resolve(client, urls)
    case.unpublish()
    assert api.get(f"{PILOTS}{pilot.country}/").json()["practice_urls"] is None


def test_a_private_pilot_or_analysis_never_appears(api):
    pilot = Pilot.objects.order_by("country").first()
    TransferAnalysisFactory(pilot=pilot, is_public=False)
    assert api.get(f"{PILOTS}{pilot.country}/").json()["transfer_analysis"] is None
    Pilot.objects.filter(pk=pilot.pk).update(is_public=False)
    assert pilot.country not in [p["country"] for p in api.get(PILOTS).json()["results"]]
    assert_not_found(api.get(f"{PILOTS}{pilot.country}/"))


def test_pilots_by_country(api):
    countries = [pilot["country"] for pilot in api.get(PILOTS).json()["results"]]
    assert countries
    data = api.get(PILOTS, {"country": countries[:1]}).json()
    assert [pilot["country"] for pilot in data["results"]] == countries[:1]
    assert api.get(PILOTS, {"country": "XX"}).status_code == 400


def test_the_pilots_query_count_does_not_grow_with_their_number(api, case):
    Pilot.objects.update(practice_page=case)
    pilot = Pilot.objects.order_by("country").first()
    PilotStageFactory(pilot=pilot)
    MentoringSessionFactory(pilot=pilot, is_public=True)
    before = queries_of(api, PILOTS, {"page_size": 100})
    taken = set(Pilot.objects.values_list("country", flat=True))
    for code, _name in COUNTRIES:
        if code not in taken:
            other = Pilot.objects.create(
                country=code, method=f"Method {code}", is_public=True, practice_page=case
            )
            PilotStageFactory(pilot=other)
            MentoringSessionFactory(pilot=other, is_public=True)
            TransferAnalysisFactory(pilot=other, is_public=True)
    assert api.get(PILOTS, {"page_size": 100}).json()["count"] == len(COUNTRIES)
    assert queries_of(api, PILOTS, {"page_size": 100}) == before
