"""A mapping entry's whole review in a real browser: written in Latvian, reviewed, published."""

import re
from pathlib import Path

import pytest

from tests.e2e.helpers import committed
from tests.mapping.factories import ReviewerFactory
from tests.partners.factories import OrganisationFactory, PartnerFactory
from tests.users.factories import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

PDF = (
    b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n"
)


def people():
    organisation = OrganisationFactory(name="Rīgas plānošanas reģions", country="LV", slug="e2e-riga")
    PartnerFactory(organisation=organisation, email="partneris@example.lv", preferred_language="lv")
    ReviewerFactory(email="reviewer@example.org")
    return organisation.pk


def remove_people():
    from apps.mapping.models import MappingEntry
    from apps.partners.models import Organisation
    from apps.users.models import User

    MappingEntry.objects.filter(organisation__slug="e2e-riga").delete()
    Organisation.objects.filter(slug="e2e-riga").delete()
    User.objects.filter(email__in=["partneris@example.lv", "reviewer@example.org"]).delete()


@pytest.fixture
def accounts():
    committed(people)
    yield
    committed(remove_people)


def sign_in(page, url, email):
    page.goto(url)
    page.fill("#id_username", email)
    page.fill("#id_password", PASSWORD)
    page.locator("form button[type=submit]").first.click()


def test_a_partner_writes_in_latvian_staff_review_and_the_public_reads_it(
    browser, portal_url, accounts, tmp_path
):
    partner = browser.new_context(viewport={"width": 390, "height": 844}).new_page()
    staff = browser.new_context(viewport={"width": 1280, "height": 900}).new_page()
    pdf = Path(tmp_path) / "parskats.pdf"
    pdf.write_bytes(PDF)

    # The partner signs in on the Latvian site and lands on the organisation's entries.
    sign_in(partner, f"{portal_url}/lv/konts/pieteikties/", "partneris@example.lv")
    partner.wait_for_url(re.compile(r"/lv/kartesana/ieraksti/$"))
    partner.locator("a[href$='/kartesana/ieraksti/jauns/initiative/']").click()
    # The organisation's country and the page's language are chosen already.
    assert partner.locator("#id_country").input_value() == "LV"
    assert partner.locator("#id_language").input_value() == "lv"
    partner.fill("#id_title", "Sociālās inovācijas centrs Valmierā")
    partner.fill("#id_description", "Centrs apvieno pašvaldību un NVO.")
    partner.fill("#id_strengths", "Spēcīgs pašvaldības atbalsts.")
    partner.set_input_files("#id_new_files", str(pdf))
    partner.locator("button[name=save]").click()
    partner.wait_for_url(re.compile(r"/lv/kartesana/ieraksti/\d+/$"))
    entry_url = partner.url
    assert "parskats.pdf" in partner.locator("main").inner_text()
    partner.locator("form[action$='/iesniegt/'] button").click()
    partner.wait_for_url(entry_url)
    entry_id = re.search(r"/ieraksti/(\d+)/", entry_url).group(1)

    # Staff ask for changes in the admin.
    sign_in(staff, f"{portal_url}/admin/login/", "reviewer@example.org")
    staff.wait_for_url(re.compile(r"/admin/$"))
    staff.goto(f"{portal_url}/admin/mapping/review/{entry_id}/")
    staff.fill("#id_comment", "Lūdzu, nosauciet iesaistītās pašvaldības.")
    staff.locator("button[value=request_changes]").click()
    staff.wait_for_url(re.compile(r"/admin/snippets/mapping/mappingentry/"))

    # The partner reads the comment, changes the entry and submits it again.
    partner.goto(f"{portal_url}/lv/kartesana/ieraksti/")
    assert "Lūdzu, nosauciet iesaistītās pašvaldības." in partner.locator("main").inner_text()
    partner.goto(f"{entry_url}labot/")
    partner.fill("#id_strengths", "Valmieras un Cēsu pašvaldības finansē centru kopā.")
    partner.locator("button[name=submit]").click()
    partner.wait_for_url(entry_url)

    # Staff see what changed and approve.
    staff.goto(f"{portal_url}/admin/mapping/review/{entry_id}/")
    assert "Valmieras un Cēsu pašvaldības finansē centru kopā." in staff.locator("ins").first.inner_text()
    staff.locator("button[value=approve]").click()
    staff.wait_for_url(re.compile(r"/admin/snippets/mapping/mappingentry/"))

    # The entry is on the public Latvian results page.
    public = browser.new_context().new_page()
    public.goto(f"{portal_url}/lv/ekosistemas-kartesana/latvija/")
    assert public.locator("html").get_attribute("lang") == "lv"
    assert "Sociālās inovācijas centrs Valmierā" in public.locator("main").inner_text()
    assert "Valmieras un Cēsu pašvaldības finansē centru kopā." in public.locator("main").inner_text()
    for context_page in (partner, staff, public):
        context_page.context.close()
