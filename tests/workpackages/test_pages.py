"""The work-package pages show their records; the pilots' pages show only what is public."""

import pytest

from django.db import connection
from django.test.utils import CaptureQueriesContext

from apps.site.models import StandardPage
from apps.workpackages.models import Deliverable, Pilot, PilotPage, TransferAnalysis
from tests.activities.factories import ActivityFactory
from tests.helpers import element, html_of, text_of, url_in
from tests.workpackages.factories import (
    DeliverableFactory,
    MentoringSessionFactory,
    MilestoneFactory,
    PilotStageFactory,
    TransferAnalysisFactory,
    work_package,
)
from tests.workpackages.helpers import work_package_page

pytestmark = pytest.mark.django_db


def section(response, heading_id):
    return element(response, f'section[aria-labelledby="{heading_id}"]')


def test_a_work_package_page_shows_its_records_text_in_the_readers_language(client, languages):
    record = work_package(2)
    page = work_package_page(2)
    for lang in languages:
        response = client.get(url_in(page, lang))
        assert response.status_code == 200
        text = " ".join(html_of(response).get_text(" ").split())
        description = html_of(str(getattr(record, f"description_{lang}"))).get_text(" ").split()
        assert " ".join(description) in text, lang
        assert getattr(record, f"objectives_{lang}") in text, lang


def test_the_description_lives_in_the_record_so_an_edit_there_shows_on_the_page(client):
    record = work_package(3)
    record.objectives_en = "Objectives edited in the record."
    record.save()
    response = client.get(url_in(work_package_page(3), "en"))
    assert text_of(section(response, "objectives-heading"), "p") == "Objectives edited in the record."


def test_the_page_shows_the_kind_and_to_be_announced_for_what_the_sources_do_not_give(client):
    facts = element(client.get(url_in(work_package_page(5), "en")), "dl.work-package__facts")
    values = {
        " ".join(term.get_text(" ").split()): " ".join(term.find_next_sibling("dd").get_text(" ").split())
        for term in facts.select("dt")
    }
    assert values == {
        "Kind": "Summative",
        "Months of the project": "To be announced",
        "Lead partner": "To be announced",
        "Supporting partner": "To be announced",
    }
    wp1 = element(client.get(url_in(work_package_page(1), "en")), "dl.work-package__facts")
    assert "none: the coordination has no lead or supporting partner" in wp1.get_text()


def test_only_public_deliverables_are_listed_with_a_download_link_when_they_have_a_file(client):
    DeliverableFactory(code="D5.3", is_public=True, with_file=True, title="Public with a file")
    DeliverableFactory(code="D5.4", is_public=False, with_file=True, title="Kept internal")
    table = section(client.get(url_in(work_package_page(5), "en")), "deliverables-heading")
    rows = {row.th.get_text(strip=True): row for row in table.select("tbody tr")}
    assert sorted(rows) == ["D5.2", "D5.3"]
    assert "National CCSI strategies and action plans" in rows["D5.2"].get_text()
    assert [cell.get_text(strip=True) for cell in rows["D5.2"].select("td")][1] == "To be announced"
    assert rows["D5.2"].select("a[download]") == []
    link = rows["D5.3"].select_one("a[download]")["href"]
    assert client.get(link).status_code == 200
    assert "Kept internal" not in table.get_text()


def test_milestones_are_listed_with_whether_they_were_reached(client):
    MilestoneFactory(number=1, title="Strategies drafted", reached=True)
    MilestoneFactory(number=2, title="Final conference held")
    items = [
        " ".join(item.get_text(" ").split())
        for item in section(client.get(url_in(work_package_page(5), "en")), "milestones-heading").select("li")
    ]
    assert items == ["M5.1 Strategies drafted – reached", "M5.2 Final conference held – not reached yet"]


def test_the_page_makes_as_many_queries_for_thirty_deliverables_as_for_one(
    client, django_assert_max_num_queries
):
    url = url_in(work_package_page(4), "en")
    DeliverableFactory(code="D4.1", is_public=True, with_file=True)
    MilestoneFactory(number=1, title="First", wp=4)
    client.get(url)  # fills the route and menu caches
    with CaptureQueriesContext(connection) as one:
        client.get(url)
    for number in range(2, 32):
        DeliverableFactory(code=f"D4.{number}", is_public=True, with_file=True)
        MilestoneFactory(number=number, title=f"Milestone {number}", wp=4)
    with django_assert_max_num_queries(len(one.captured_queries)):
        response = client.get(url)
    assert len(section(response, "deliverables-heading").select("tbody tr")) == 31
    assert len(one.captured_queries) <= 15


def test_a_change_of_a_record_reaches_the_cached_page(client, page_cache, django_capture_on_commit_callbacks):
    url = url_in(work_package_page(5), "en")
    assert "Strategies, revised" not in client.get(url).content.decode()
    loaded = Deliverable.objects.get(code="D5.2")
    with django_capture_on_commit_callbacks(execute=True):
        loaded.title_en = "Strategies, revised"
        loaded.save()
    assert "Strategies, revised" in client.get(url).content.decode()


def test_the_about_page_shows_each_work_packages_objectives_from_its_record(client):
    cards = client.get(url_in(StandardPage.objects.get(slug_en="about"), "sv"))
    objectives = [item.get_text(strip=True) for item in html_of(cards).select(".card__objectives")]
    assert objectives == [work_package(number).objectives_sv for number in range(2, 6)]


def pilot_page(country="LV"):
    return PilotPage.objects.get(pilot__country=country)


def test_the_pilot_pages_stand_below_wp3_in_every_language(client, languages):
    wp3 = work_package_page(3)
    for country in ("LV", "ES"):
        page = pilot_page(country)
        assert page.get_parent().pk == wp3.pk
        for lang in languages:
            response = client.get(url_in(page, lang))
            assert response.status_code == 200
            assert getattr(page.pilot, f"method_{lang}") in html_of(response).get_text()
            assert url_in(page, lang) in [
                a["href"] for a in html_of(client.get(url_in(wp3, lang))).select("a")
            ]


def test_a_pilot_page_shows_only_what_staff_marked_public(client, case):
    pilot = Pilot.objects.get(country="LV")
    pilot.is_public = False
    pilot.practice_page = case
    pilot.save()
    PilotStageFactory(pilot=pilot, stage="mentoring", start_date="2022-03-01")
    MentoringSessionFactory(pilot=pilot, is_public=True, topics="Adapting the hub's model", participants=7)
    MentoringSessionFactory(pilot=pilot, is_public=False, topics="Internal budget talk")
    TransferAnalysisFactory(pilot=pilot, is_public=False, barriers="Hidden barriers")
    url = url_in(pilot_page(), "en")

    page = html_of(client.get(url))
    text = page.get_text(" ")
    assert "Adapting the hub's model" in text and "7 participants" in text
    assert "Internal budget talk" not in text
    assert "Hidden barriers" not in text and page.select(".pilot__analysis") == []
    assert "Mentor organisation" not in text and page.select(".pilot__stages") == []
    assert case.title not in text

    pilot.is_public = True
    pilot.save()
    TransferAnalysis.objects.filter(pilot=pilot).update(is_public=True)
    page = html_of(client.get(url))
    assert "Mentoring" in element(page, ".pilot__stages").get_text()
    assert "Hidden barriers" in element(page, ".pilot__analysis").get_text()
    assert url_in(case, "en") in [a["href"] for a in page.select(".pilot__facts a")]


def test_a_work_package_page_lists_its_public_events_from_their_records(client):
    from apps.activities.models import Activity

    private = Activity.objects.filter(work_package=5).first()
    hidden = ActivityFactory(
        title="Internal partner workshop",
        slug="internal-partner-workshop",
        work_package=5,
        is_public=False,
    )
    response = client.get(url_in(work_package_page(5), "en"))
    events = section(response, "activities-heading")
    titles = [link.get_text(strip=True) for link in events.select(".card__title a")]
    assert private is not None and private.title in titles  # the final conference, loaded
    assert hidden.title not in titles
    assert events.select_one(".card__title a")["href"].startswith("/en/events/")
    other = section(client.get(url_in(work_package_page(2), "en")), "activities-heading")
    assert private.title not in other.get_text()


NOT_GIVEN = {
    "en": "not given in the sources",
    "sv": "anges inte i källorna",
    "lv": "avotos nav norādīts",
    "es": "no consta en las fuentes",
    "fr": "non précisé dans les sources",
}
TO_BE_ANNOUNCED = {"en": "To be announced", "sv": "Meddelas senare", "fr": "À confirmer"}


def test_readers_never_read_what_the_sources_do_not_give_in_any_language(client, languages):
    pages = [work_package_page(number) for number in range(1, 6)] + [pilot_page("LV"), pilot_page("ES")]
    for page in pages:
        for lang in languages:
            text = html_of(client.get(url_in(page, lang))).get_text(" ")
            assert NOT_GIVEN[lang] not in text, (page.title, lang)
    for lang, words in TO_BE_ANNOUNCED.items():
        facts = element(client.get(url_in(work_package_page(5), lang)), "dl.work-package__facts")
        assert words in facts.get_text(), lang


def test_a_work_package_without_objectives_leaves_the_section_out(client):
    record = work_package(4)
    for lang in ("en", "sv", "lv", "es", "fr"):
        setattr(record, f"objectives_{lang}", "")
    record.save()
    html = html_of(client.get(url_in(work_package_page(4), "en")))
    assert html.select('section[aria-labelledby="objectives-heading"]') == []
    assert "Objectives" not in html.get_text()


def test_a_pilot_says_to_be_announced_for_open_facts_and_leaves_out_empty_analysis(client):
    pilot = Pilot.objects.get(country="ES")
    pilot.is_public = True
    pilot.mentor_organisation = pilot.mentee_organisation = pilot.practice_page = None
    for lang in ("en", "sv", "lv", "es", "fr"):
        setattr(pilot, f"practice_transferred_{lang}", "")
    pilot.save()
    TransferAnalysisFactory(pilot=pilot, is_public=True, barriers="Staff turnover")
    html = html_of(client.get(url_in(pilot_page("ES"), "fr")))
    facts = {
        dt.get_text(strip=True): dt.find_next_sibling("dd").get_text(strip=True)
        for dt in element(html, ".pilot__facts").select("dt")
    }
    assert facts["Organisation mentor"] == facts["Organisation accompagnée"] == "À confirmer"
    assert facts["Pratique transférée"] == "À confirmer"
    analysis = element(html, ".pilot__analysis")
    assert [heading.get_text(strip=True) for heading in analysis.select("h3")] == ["Obstacles"]


def test_a_work_package_with_nothing_published_yet_says_so_in_the_readers_language(client):
    response = client.get(url_in(work_package_page(2), "sv"))
    assert text_of(section(response, "deliverables-heading"), "p") == "Inga leveranser har publicerats ännu."
    assert text_of(section(response, "milestones-heading"), "p") == "Inga milstolpar har meddelats ännu."
