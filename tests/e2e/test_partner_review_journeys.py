"""A partner's assessment in a browser: a refused submission with a file, then a review of changed scores."""

import re
from pathlib import Path

import pytest

from tests.e2e.helpers import committed
from tests.users.factories import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

PARTNER = "assessment-partner@example.org"
REVIEWER = "assessment-reviewer@example.org"
PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def people():
    from wagtail.users.models import UserProfile

    from apps.mapping.selectors import criteria_of, current_grid
    from tests.mapping.factories import ReviewerFactory
    from tests.partners.factories import OrganisationFactory, PartnerFactory

    org = OrganisationFactory(country="SE", name="Region Östergötland", slug="e2e-assessment")
    PartnerFactory(organisation=org, email=PARTNER, preferred_language="en")
    staff = ReviewerFactory(email=REVIEWER)
    profile = UserProfile.get_for_user(staff)
    profile.preferred_language = "sv"
    profile.save()
    return [(criterion.pk, criterion.name_sv) for criterion in criteria_of(current_grid())]


def remove_people():
    from apps.mapping.models import MappingEntry
    from apps.partners.models import Organisation
    from apps.users.models import User

    MappingEntry.objects.filter(organisation__slug="e2e-assessment").delete()
    Organisation.objects.filter(slug="e2e-assessment").delete()
    User.objects.filter(email__in=[PARTNER, REVIEWER]).delete()


@pytest.fixture
def criteria():
    found = committed(people)
    yield found
    committed(remove_people)


def sign_in(page, url, email):
    page.goto(url)
    page.fill("#id_username", email)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").first.click()


def score(page, criterion_pk, value):
    page.locator(f"input[name=score_{criterion_pk}][value='{value}']").check()


def attachments_of(entry_id):
    from apps.mapping.models import Attachment

    return list(Attachment.objects.filter(entry_id=entry_id).values_list("name", flat=True))


def test_a_refused_submission_keeps_the_file_and_does_not_ask_for_it_again(
    browser, portal_url, criteria, tmp_path
):
    pdf = Path(tmp_path) / "evidence.pdf"
    pdf.write_bytes(PDF)
    page = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    sign_in(page, f"{portal_url}/en/account/sign-in/", PARTNER)
    page.wait_for_url(re.compile(r"/en/mapping/entries/$"))
    page.goto(f"{portal_url}/en/mapping/entries/new/assessment/")
    page.fill("#id_title", "Östergötland's social innovation ecosystem")
    page.fill("#id_description", "Municipalities, the region and civil society work together.")
    for pk, _name in criteria[:3]:
        score(page, pk, 4)
    page.set_input_files("#id_new_files", str(pdf))
    page.locator("button[name=submit]").click()

    # Refused: the draft is kept with its file, which the form lists instead of asking for it.
    page.wait_for_url(re.compile(r"/en/mapping/entries/\d+/edit/\?check=submit$"))
    entry_id = re.search(r"/entries/(\d+)/", page.url).group(1)
    attached = page.locator("#attached-files")
    assert "evidence.pdf" in attached.inner_text()
    assert (
        attached.locator("a").get_attribute("href") == f"/en/mapping/files/{committed_attachment(entry_id)}/"
    )
    assert "choose them again" not in page.locator("main").inner_text()
    # The criteria still to score are marked where they are.
    unscored_pk = criteria[3][0]
    radio = page.locator(f"input[name=score_{unscored_pk}]").first
    assert radio.get_attribute("aria-invalid") == "true"
    message_id = radio.get_attribute("aria-describedby")
    assert page.locator(f"#{message_id}").inner_text() == "Score this criterion before you submit."
    assert page.locator(f"input[name=score_{criteria[0][0]}]").first.get_attribute("aria-invalid") is None

    # Scoring the rest and submitting works without choosing the file again.
    for pk, _name in criteria[3:]:
        score(page, pk, 3)
    page.locator("button[name=submit]").click()
    page.wait_for_url(f"{portal_url}/en/mapping/entries/{entry_id}/")
    assert "The entry is submitted for review." in page.locator("main").inner_text()
    assert committed(lambda: attachments_of(entry_id)) == ["evidence.pdf"]
    page.context.close()


def committed_attachment(entry_id):
    from apps.mapping.models import Attachment

    return committed(lambda: Attachment.objects.get(entry_id=entry_id).pk)


def test_the_reviewer_sees_a_revised_score_and_comment_with_translated_labels(browser, portal_url, criteria):
    partner = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    staff = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    sign_in(partner, f"{portal_url}/en/account/sign-in/", PARTNER)
    partner.wait_for_url(re.compile(r"/en/mapping/entries/$"))
    partner.goto(f"{portal_url}/en/mapping/entries/new/assessment/")
    partner.fill("#id_title", "Östergötland, first assessment")
    partner.fill("#id_description", "A regional ecosystem in its early years.")
    for pk, _name in criteria:
        score(partner, pk, 2)
    first_pk, first_name_sv = criteria[0]
    partner.fill(f"#id_comment_{first_pk}", "Few pilots so far.")
    partner.locator("button[name=submit]").click()
    partner.wait_for_url(re.compile(r"/en/mapping/entries/\d+/$"))
    entry_id = re.search(r"/entries/(\d+)/", partner.url).group(1)

    # The reviewer asks for changes.
    sign_in(staff, f"{portal_url}/admin/login/", REVIEWER)
    staff.wait_for_url(re.compile(r"/admin/$"))
    staff.goto(f"{portal_url}/admin/mapping/review/{entry_id}/")
    staff.fill("#id_comment", "Check the first criterion.")
    staff.locator("button[value=request_changes]").click()
    staff.wait_for_url(re.compile(r"/admin/snippets/mapping/mappingentry/"))

    # The partner revises the score and its comment, and the description, then submits again.
    partner.goto(f"{portal_url}/en/mapping/entries/{entry_id}/edit/")
    score(partner, first_pk, 4)
    partner.fill(f"#id_comment_{first_pk}", "Three pilots since 2024.")
    partner.fill("#id_description", "A regional ecosystem that has grown since 2024.")
    partner.locator("button[name=submit]").click()
    partner.wait_for_url(f"{portal_url}/en/mapping/entries/{entry_id}/")

    # The reviewer, who reads the admin in Swedish, sees every change with Swedish labels.
    staff.goto(f"{portal_url}/admin/mapping/review/{entry_id}/")
    changes = staff.locator(".mapping-review__changes")
    text = changes.inner_text()
    assert "Beskrivning" in text and "description" not in text
    row = changes.locator(".mapping-review__score-changes tbody tr", has_text=first_name_sv)
    score_cell = row.locator("td").first
    assert score_cell.locator("del").inner_text() == "2" and score_cell.locator("ins").inner_text() == "4"
    assert "Few pilots so far." in row.inner_text() and "Three pilots since 2024." in row.inner_text()
    assert changes.locator(".mapping-review__score-changes tbody tr").count() == 1
    for context_page in (partner, staff):
        context_page.context.close()
