"""The partner's entries and the ESF+ register at 390 px: rows stacked, no cell cut, status shown."""

import pytest

from tests.e2e.helpers import committed
from tests.users.factories import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

EMAIL = "phone-partner@example.lv"
COMMENT = (
    "Lūdzu, nosauciet visas iesaistītās pašvaldības un aprakstiet, kā tās kopā finansē centru "
    "Valmierā, Cēsīs un Siguldā; pievienojiet arī līgumu ar reģionālo attīstības aģentūru."
)
# Each cell, with what is cut: its content wider than the cell itself.
CUT_CELLS = """
(selector) => Array.from(document.querySelectorAll(selector + ' td')).filter(
  (cell) => cell.scrollWidth > cell.clientWidth || cell.getBoundingClientRect().right > window.innerWidth
).map((cell) => cell.dataset.label + ': ' + cell.textContent.trim().slice(0, 40))
"""


def people():
    from apps.mapping import services
    from tests.mapping.factories import MappingEntryFactory, ReviewerFactory
    from tests.partners.factories import OrganisationFactory, PartnerFactory

    org = OrganisationFactory(
        country="LV", name="Vidzemes plānošanas reģions ar ļoti garu nosaukumu", slug="e2e-phone"
    )
    partner = PartnerFactory(organisation=org, email=EMAIL, preferred_language="lv")
    staff = ReviewerFactory(email="phone-reviewer@example.org")
    entry = MappingEntryFactory(
        user=partner, organisation=org, title="Sociālās uzņēmējdarbības atbalsta tīkls Vidzemē"
    )
    services.entry_transition(entry=entry, user=partner, action="submit")
    services.entry_transition(entry=entry, user=staff, action="request_changes", comment=COMMENT)
    MappingEntryFactory(user=partner, organisation=org, title="Melnraksts")


def remove_people():
    from apps.mapping.models import MappingEntry
    from apps.partners.models import Organisation
    from apps.users.models import User

    MappingEntry.objects.filter(organisation__slug="e2e-phone").delete()
    Organisation.objects.filter(slug="e2e-phone").delete()
    User.objects.filter(email__in=[EMAIL, "phone-reviewer@example.org"]).delete()


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    yield context.new_page()
    context.close()


def test_the_partners_entries_fit_a_phone(phone, portal_url):
    committed(people)
    try:
        phone.goto(f"{portal_url}/lv/konts/pieteikties/")
        phone.fill("#id_username", EMAIL)
        phone.fill("#id_password", PASSWORD)
        phone.locator("form button[type=submit]").first.click()
        phone.wait_for_url(f"{portal_url}/lv/kartesana/ieraksti/")
        assert phone.locator(".entries-table tbody tr").count() == 2
        assert phone.evaluate(CUT_CELLS, ".entries-table") == []
        reviewed = phone.locator(".entries-table tbody tr", has_text="Sociālās uzņēmējdarbības")
        status = reviewed.locator(".entries-table__status")
        comment = reviewed.locator(".entries-table__comment")
        for cell in (status, comment):
            assert cell.is_visible()
            box = cell.bounding_box()
            assert box["x"] >= 0 and box["x"] + box["width"] <= 390
        assert status.inner_text().strip()
        assert "Lūdzu, nosauciet visas iesaistītās pašvaldības" in comment.inner_text()
        # Each stacked cell names its column.
        assert "Statuss" in status.evaluate("(cell) => getComputedStyle(cell, '::before').content")
        assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    finally:
        committed(remove_people)


def test_the_register_fits_a_phone(phone, portal_url):
    from apps.projects.models import EsfRegisterPage
    from tests.helpers import url_in

    url = committed(lambda: url_in(EsfRegisterPage.objects.get(), "en"))
    phone.goto(portal_url + url)
    rows = phone.locator("table.register tbody tr")
    assert rows.count() > 0
    assert phone.evaluate(CUT_CELLS, "table.register") == []
    status = rows.first.locator("td").nth(4)
    assert status.is_visible() and status.bounding_box()["x"] + status.bounding_box()["width"] <= 390
    assert status.get_attribute("data-label") == "Status"
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
