"""The events loader: the events page in five languages and the final conference, loaded once."""

import pytest

from django.utils import translation

from wagtail.models import Revision

from apps.activities.models import Activity, ActivityIndexPage
from apps.activities.services import activities_load

pytestmark = pytest.mark.django_db


def test_the_final_conference_is_an_undated_public_event_of_wp5_with_registration_closed():
    conference = Activity.objects.get(slug="final-conference")
    assert (conference.kind, conference.work_package) == (Activity.Kind.CONFERENCE, 5)
    assert conference.start is None and conference.end is None
    assert conference.is_public and not conference.registration_open
    assert (conference.country, conference.venue, conference.organiser_id, conference.language) == (
        "",
        "",
        None,
        "",
    )
    assert conference.title_lv == "BuiCaSuS gala konference"
    assert conference.title_fr == "Conférence finale de BuiCaSuS"


def test_the_events_page_has_a_title_and_slug_in_every_language_and_is_in_the_menu():
    page = ActivityIndexPage.objects.get()
    assert page.show_in_menus and page.live
    titles = {code: getattr(page, f"title_{code}") for code in ("en", "sv", "lv", "es", "fr")}
    assert titles == {
        "en": "Events",
        "sv": "Evenemang",
        "lv": "Pasākumi",
        "es": "Eventos",
        "fr": "Événements",
    }
    with translation.override("sv"):
        assert page.get_url() == "/sv/evenemang/"
    with translation.override("lv"):
        assert page.get_url() == "/lv/pasakumi/"


def test_loading_again_changes_nothing_and_puts_an_edited_fact_back():
    counts = (Activity.objects.count(), Revision.objects.count(), ActivityIndexPage.objects.count())
    activities_load()
    assert (Activity.objects.count(), Revision.objects.count(), ActivityIndexPage.objects.count()) == counts

    Activity.objects.filter(slug="final-conference").update(work_package=2, registration_open=True)
    activities_load()
    conference = Activity.objects.get(slug="final-conference")
    assert (conference.work_package, conference.registration_open) == (5, False)
    assert Revision.objects.count() == counts[1] + 1
