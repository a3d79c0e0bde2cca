"""Times in the zone of their place, with the zone named in the reader's language."""

from datetime import UTC, datetime

from django.template import Context, Template
from django.utils import translation

from apps.core import zoned_time

# 19:00 UTC: 21:00 in Riga in winter, 20:00 in Stockholm (the site's own zone).
INSTANT = datetime(2026, 3, 5, 19, 0, tzinfo=UTC)


def test_the_zone_is_named_in_each_of_the_portals_languages():
    names = {code: zoned_time.zone_label("Europe/Riga", code) for code in ("en", "lv", "sv", "es", "fr")}
    assert names == {
        "en": "Latvia Time",
        "lv": "Laika josla: Latvija",
        "sv": "Lettlandtid",
        "es": "hora de Letonia",
        "fr": "heure : Lettonie",
    }


def test_the_active_language_names_the_zone_when_none_is_given():
    with translation.override("fr"):
        assert zoned_time.zone_label("Europe/Stockholm") == "heure : Suède"


def test_a_time_for_a_person_is_the_places_clock_with_its_zone():
    assert zoned_time.local_text(INSTANT, "Europe/Riga", "en") == "March 5, 2026, 21:00 (Latvia Time)"
    assert zoned_time.local_text(INSTANT, "Europe/Stockholm", "sv") == "5 mars 2026, 20:00 (Sverigetid)"


def test_a_span_writes_the_end_date_only_when_it_differs():
    end_same_day = datetime(2026, 3, 5, 21, 0, tzinfo=UTC)
    end_next_day = datetime(2026, 3, 6, 8, 0, tzinfo=UTC)
    assert zoned_time.local_span_text(INSTANT, end_same_day, "Europe/Riga", "en") == (
        "March 5, 2026, 21:00 – 23:00 (Latvia Time)"
    )
    assert zoned_time.local_span_text(INSTANT, end_next_day, "Europe/Riga", "en") == (
        "March 5, 2026, 21:00 – March 6, 2026, 10:00 (Latvia Time)"
    )


def test_files_carry_the_offset_of_the_season():
    assert zoned_time.local_iso(INSTANT, "Europe/Riga") == "2026-03-05T21:00:00+02:00"
    assert zoned_time.local_iso(datetime(2026, 7, 5, 18, 0, tzinfo=UTC), "Europe/Riga") == (
        "2026-07-05T21:00:00+03:00"
    )
    assert zoned_time.local_iso(None, "Europe/Riga") == ""


def test_the_template_filters_ignore_the_sites_own_zone():
    template = Template(
        "{% load zoned_time %}{{ when|local_time:zone }}|{{ when|local_iso:zone }}|{{ zone|zone_label }}"
    )
    with translation.override("lv"):
        text = template.render(Context({"when": INSTANT, "zone": "Europe/Riga"}))
    assert (
        text
        == "2026. gada 5. marts, 21:00 (Laika josla: Latvija)|2026-03-05T21:00:00+02:00|Laika josla: Latvija"
    )


def test_a_name_that_is_no_zone_falls_back_to_utc_rather_than_failing():
    assert zoned_time.local_iso(INSTANT, "Nowhere/Atlantis") == "2026-03-05T19:00:00+00:00"
