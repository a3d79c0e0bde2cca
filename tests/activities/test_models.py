"""An event's own rules: its time zone, its dates and its address below the events page."""

from datetime import datetime

import pytest

from django.core.exceptions import ValidationError
from django.utils import translation

from tests.activities.factories import RIGA, ActivityFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"time_zone": "Europe/Atlantis"}, "time_zone"),
        ({"time_zone": "../../etc/passwd"}, "time_zone"),
        ({"end": datetime(2030, 5, 11, tzinfo=RIGA)}, "end"),
        ({"start": None}, "start"),
        ({"slug": "calendar"}, "slug"),
    ],
)
def test_an_event_that_breaks_a_rule_is_refused(changes, field):
    activity = ActivityFactory.build(**changes)
    with pytest.raises(ValidationError) as refused:
        activity.full_clean()
    assert field in refused.value.message_dict


def test_an_event_without_a_date_is_to_be_announced_and_not_past():
    activity = ActivityFactory(start=None, end=None)
    assert activity.date_to_be_announced and not activity.is_past
    assert activity.local_start is None


def test_times_are_shown_in_the_events_own_time_zone():
    activity = ActivityFactory(time_zone="Europe/Madrid")
    assert activity.local_start.isoformat() == "2030-05-12T09:00:00+02:00"


def test_a_slug_is_made_from_the_english_title_when_left_empty():
    first = ActivityFactory(slug="", title="Study visit to Malmö")
    second = ActivityFactory(slug="", title="Study visit to Malmö")
    assert first.slug == "study-visit-to-malmo"
    assert second.slug == "study-visit-to-malmo-2"


def test_the_work_package_is_named_in_the_readers_language():
    activity = ActivityFactory.build(work_package=2)

    with translation.override("sv"):
        assert activity.get_work_package_display() == "AP2"
    with translation.override("fr"):
        assert activity.get_work_package_display() == "LT2"
    assert activity.get_work_package_display() == "WP2"
