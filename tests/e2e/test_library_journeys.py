"""A nomination's way into the library in a browser, in Latvian and in Spanish: a visitor nominates an
initiative and confirms it from the e-mailed link; staff accept it, make the draft case, publish it and
validate it against the checklist; readers see the badge, and the map counts one case more."""

import re
import uuid
from urllib.parse import urlparse

import pytest

from django.utils import translation
from django.utils.translation import gettext as _

from tests.e2e.helpers import committed
from tests.users.factories import PASSWORD

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

STAFF = "library-journey-staff@example.org"

JOURNEYS = {
    "lv": {
        "country": "LV",
        "region": "LV00",
        "initiative": "Rīgas kopienas virtuve",
        "problem": "Vientuļi seniori Rīgā nepaēd siltas pusdienas un dzīvo izolēti.",
        "activity": "Brīvprātīgie kopā ar senioriem gatavo un ēd pusdienas apkaimes centrā.",
        "results": "Divos gados 300 seniori, 40 brīvprātīgie.",
        "name": "Ilze Bērziņa",
        "email": "ilze.journey@example.lv",
        "organisation": "Rīgas biedrība",
        "justification": "Pilsēta un biedrība kopā finansē virtuvi kopš 2023. gada.",
    },
    "es": {
        "country": "ES",
        "region": "ES30",
        "initiative": "Cocina comunitaria de Lavapiés",
        "problem": "Personas mayores que viven solas en Madrid no comen caliente y están aisladas.",
        "activity": "Voluntarios y mayores cocinan y comen juntos en el centro del barrio.",
        "results": "En dos años, 300 mayores y 40 voluntarios.",
        "name": "Lucía Martín",
        "email": "lucia.journey@example.es",
        "organisation": "Asociación Vecinal Lavapiés",
        "justification": "El ayuntamiento y la asociación financian la cocina desde 2023.",
    },
}


def library_path(language: str) -> str:
    from apps.practices.models import PracticeIndexPage

    with translation.override(language):
        return PracticeIndexPage.objects.live().get().get_url()


def make_staff():
    from wagtail.users.models import UserProfile

    from tests.users.factories import UserFactory

    staff = UserFactory(email=STAFF, superuser=True)
    profile = UserProfile.get_for_user(staff)
    profile.preferred_language = "en"
    profile.save()


def remove_journey(initiative: str):
    """Everything the journey wrote: its nomination and messages, its case and validations, the staff."""
    from apps.notifications.models import Notification
    from apps.practices.models import CaseValidation, Nomination, PracticePage
    from apps.users.models import User

    nominations = list(Nomination.objects.filter(initiative=initiative))
    case_ids = [n.draft_case_id for n in nominations if n.draft_case_id]
    Notification.objects.filter(context__nomination_id__in=[n.pk for n in nominations]).delete()
    Nomination.objects.filter(pk__in=[n.pk for n in nominations]).delete()
    CaseValidation.objects.filter(practice_id__in=case_ids).delete()
    for case in PracticePage.objects.filter(pk__in=case_ids):
        case.delete()
    User.objects.filter(email=STAFF).delete()


def confirm_link(initiative: str) -> str:
    """The path of the link in the confirmation e-mail, as the nominator reads it."""
    from apps.notifications.models import Notification
    from apps.notifications.services.rendering import notification_render
    from apps.practices.models import Nomination

    nomination = Nomination.objects.get(initiative=initiative)
    notification = Notification.objects.filter(
        template="nomination_pending", context__nomination_id=nomination.pk
    ).latest("pk")
    message = notification_render(notification)
    return urlparse(re.search(r"https?://\S+/\S+/", message.body)[0]).path


def decision_message(initiative: str) -> tuple[str, str]:
    """The language and the body of the decision e-mailed to the nominator."""
    from apps.notifications.models import Notification
    from apps.notifications.services.rendering import notification_render
    from apps.practices.models import Nomination

    nomination = Nomination.objects.get(initiative=initiative)
    notification = Notification.objects.get(
        template="nomination_decided", context__nomination_id=nomination.pk
    )
    return notification.language, notification_render(notification).body


def nomination_state(initiative: str) -> tuple[str, str]:
    from apps.practices.models import Nomination

    nomination = Nomination.objects.get(initiative=initiative)
    return nomination.status, nomination.language


def case_of(initiative: str) -> tuple[int, str, bool]:
    from apps.practices.models import Nomination

    case = Nomination.objects.get(initiative=initiative).draft_case.specific
    return case.pk, case.slug, case.live


def map_count(page, country_name: str) -> int:
    """The number of cases the map's table gives the country, as a reader sees it."""
    row = page.locator("#practice-map-table tbody tr").filter(
        has=page.get_by_role("rowheader", name=country_name, exact=True)
    )
    return int(row.locator("td").inner_text().strip())


def labels(language: str) -> dict[str, str]:
    """The form's labels and buttons in the reader's language, as the catalogues give them."""
    from django.utils.translation import pgettext

    from apps.practices.models.nominations import COUNTRIES

    with translation.override(language):
        return {
            "initiative": _("Name of the initiative"),
            "country": _("Country"),
            "region": _("Region or city"),
            "problem": _("What problem does it address?"),
            "activity": _("What does it do, and how?"),
            "results": _("What has it achieved so far?"),
            "name": _("Your name"),
            "email": _("Your e-mail address"),
            "organisation": _("Your organisation"),
            "consent": _("The centre may contact me about this nomination"),
            "send": _("Send the nomination"),
            "confirm": _("Confirm my nomination"),
            "nominate_word": pgettext("URL segment", "nominate"),
            "countries": {code: str(name) for code, name in COUNTRIES},
        }


@pytest.fixture
def journey(request):
    language = request.param
    data = {**JOURNEYS[language], "language": language}
    # A name of its own, so a run never meets an earlier one's nomination or case.
    data["initiative"] = f"{data['initiative']} {uuid.uuid4().hex[:6]}"
    committed(make_staff)
    yield data
    committed(lambda: remove_journey(data["initiative"]))


@pytest.fixture
def context(browser, journey):
    """One browser for the visitor's tab and the staff's."""
    context = browser.new_context(viewport={"width": 1280, "height": 900}, locale=journey["language"])
    context.set_default_timeout(10_000)
    yield context
    context.close()


@pytest.mark.parametrize("journey", ["lv", "es"], indirect=True)
def test_a_nomination_becomes_a_validated_case_that_the_map_counts(portal_url, journey, context):
    language, initiative = journey["language"], journey["initiative"]
    words = labels(language)
    country_name = words["countries"][journey["country"]]
    library = committed(lambda: library_path(language))
    assert library.startswith(f"/{language}/")
    visitor = context.new_page()
    # Neither the reader's pages nor the staff's break any of the Content Security Policy's rules.
    csp_violations = []

    def watch(tab):
        tab.on(
            "console",
            lambda message: (
                csp_violations.append(message.text) if "Content Security Policy" in message.text else None
            ),
        )

    watch(visitor)

    # 1. The map on the library's home, in the reader's language.
    visitor.goto(f"{portal_url}{library}")
    assert visitor.locator("html").get_attribute("lang") == language
    before = map_count(visitor, country_name)

    # 2. The nomination form, filled in by its labels in the reader's language.
    visitor.goto(f"{portal_url}{library}{words['nominate_word']}/")
    form = visitor.locator("#nomination-form")

    def field(key):
        # A required field's label ends in an asterisk that screen readers do not announce.
        return form.get_by_label(re.compile(rf"^{re.escape(words[key])}( \*)?$"))

    field("initiative").fill(initiative)
    field("country").select_option(label=country_name)
    field("region").fill(journey["region"])
    field("problem").fill(journey["problem"])
    field("activity").fill(journey["activity"])
    field("results").fill(journey["results"])
    field("name").fill(journey["name"])
    field("email").fill(journey["email"])
    field("organisation").fill(journey["organisation"])
    field("consent").check()
    form.get_by_role("button", name=words["send"]).click()
    visitor.locator("#nomination-status").wait_for()
    assert committed(lambda: nomination_state(initiative)) == ("unconfirmed", language)

    # 3. The link from the e-mail, in the nominator's language; opening it confirms nothing, the button does.
    link = committed(lambda: confirm_link(initiative))
    assert link.startswith(f"/{language}/")
    visitor.goto(f"{portal_url}{link}")
    assert visitor.locator("#nomination-status").get_attribute("data-status") == "pending"
    visitor.get_by_role("button", name=words["confirm"]).click()
    visitor.locator("#nomination-status[data-status=confirmed]").wait_for()
    assert committed(lambda: nomination_state(initiative))[0] == "new"

    # 4. Staff find it in the queue, accept it with a comment and make the draft case.
    staff = context.new_page()
    watch(staff)
    staff.goto(f"{portal_url}/admin/login/")
    staff.fill("#id_username", STAFF)
    staff.fill("#id_password", PASSWORD)
    staff.locator("form button[type=submit]").first.click()
    staff.wait_for_url(re.compile(r"/admin/$"))
    staff.goto(f"{portal_url}/admin/snippets/practices/nomination/")
    staff.get_by_role("link", name=initiative, exact=True).click()
    staff.wait_for_url(re.compile(r"/admin/snippets/practices/nomination/edit/\d+/$"))
    edit_url = staff.url
    staff.locator("#id_status").select_option("accepted")
    comment = "Welcome to the library: we complete the case with you."
    staff.locator("#id_comment").fill(comment)
    staff.locator("footer").get_by_role("button", name="Save", exact=True).click()
    staff.wait_for_url(lambda url: url != edit_url)
    assert committed(lambda: nomination_state(initiative))[0] == "accepted"
    # The nominator is told, in the nomination's language, with the editors' comment.
    message_language, body = committed(lambda: decision_message(initiative))
    assert message_language == language and comment in body
    staff.goto(edit_url)
    staff.get_by_role("button", name="Make a draft case").click()
    staff.wait_for_url(re.compile(r"/admin/pages/\d+/edit/$"))
    case_pk, slug, live = committed(lambda: case_of(initiative))
    assert staff.url.endswith(f"/admin/pages/{case_pk}/edit/") and not live

    # 5. The draft case is published from the page editor's action menu.
    footer = staff.locator("footer")
    footer.get_by_role("button", name="More actions").click()
    footer.get_by_role("button", name="Publish", exact=True).click()
    staff.wait_for_url(lambda url: not url.endswith(f"/admin/pages/{case_pk}/edit/"))
    assert committed(lambda: case_of(initiative))[2] is True

    # 6. Validated against the checklist: every criterion rated, one of them justified.
    staff.goto(f"{portal_url}/admin/pages/{case_pk}/edit/")
    staff.locator("header").get_by_role("button", name="Actions").click()
    staff.get_by_role("link", name="Validate against the checklist").click()
    staff.wait_for_url(re.compile(rf"/admin/practices/validate/{case_pk}/$"))
    criteria = staff.locator("fieldset.practices-validate__criterion")
    criteria_count = criteria.count()
    assert criteria_count > 0
    for position in range(criteria_count):
        criteria.nth(position).get_by_label("Fully met", exact=True).check()
    criteria.first.get_by_label("Justification", exact=True).fill(journey["justification"])
    staff.get_by_role("button", name="Validate", exact=True).click()
    staff.wait_for_url(re.compile(rf"/admin/pages/{case_pk}/edit/$"))

    case_url = f"{portal_url}{library}{slug}/"
    visitor.goto(case_url)
    assert visitor.locator("h1").inner_text().strip() == initiative
    validation = visitor.locator(".practice-validation")
    assert validation.get_attribute("lang") == language
    assert validation.locator(".badge--validated").is_visible()
    assert validation.locator(".practice-validation__criteria dt").count() == criteria_count
    assert journey["justification"] in validation.inner_text()

    # 7. The library's home: the map counts the new case.
    visitor.goto(f"{portal_url}{library}")
    assert map_count(visitor, country_name) == before + 1
    assert csp_violations == []
