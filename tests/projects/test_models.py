"""Each rule of a project's record refuses a bad value with its own message."""

from datetime import date
from decimal import Decimal

import pytest

from django.core.exceptions import ValidationError
from django.utils import translation

from apps.projects.models import EsfProject, Status, status_of
from apps.vocabulary.nuts import NUTS2, known_codes
from tests.projects.factories import EngagementFactory, EsfProjectFactory

pytestmark = pytest.mark.django_db


def errors_of(**changes) -> dict:
    with translation.override("en"):
        with pytest.raises(ValidationError) as raised:
            EsfProjectFactory.build(**changes).full_clean()
    return raised.value.message_dict


def test_a_valid_record_passes():
    EsfProjectFactory.build().full_clean()


@pytest.mark.parametrize(
    "value", ["22-018-s01", "2-018-S01", "22-18-S01", "22-018-S1", "22018S01", "22-018-X01"]
)
def test_a_diary_number_not_like_22_018_s01_is_refused(value):
    assert errors_of(diary_number=value)["diary_number"] == [
        "Enter a diary number such as 22-018-S01: two digits, three digits, S and two digits."
    ]


@pytest.mark.parametrize("value", ["2021SE05SFPR001", "2021SE05SFPR"])
def test_a_full_cci_and_the_register_s_short_cci_pass(value):
    EsfProjectFactory.build(programme_cci=value).full_clean()


@pytest.mark.parametrize(
    "value", ["2021SE5SFPR001", "21SE05SFPR001", "2021se05sfpr001", "2021SE05SFPR01", "CCI"]
)
def test_a_cci_not_of_the_esf_form_is_refused(value):
    assert errors_of(programme_cci=value)["programme_cci"] == [
        "Enter a programme CCI such as 2021SE05SFPR001 (or 2021SE05SFPR as the register shows it)."
    ]


@pytest.mark.parametrize("value", ["se22", "S22", "SE-2", "2222"])
def test_a_nuts_code_of_the_wrong_form_is_refused(value):
    assert errors_of(nuts2_code=value)["nuts2_code"] == [
        "Enter a NUTS code such as SE22: a country code and one or two characters."
    ]


@pytest.mark.parametrize(
    ("country", "code"), [("SE", "LV00"), ("SE", "SE13"), ("LV", "LV01"), ("FR", "FR21")]
)
def test_a_nuts_code_not_of_the_project_s_country_is_refused(country, code):
    assert errors_of(country=country, nuts2_code=code)["nuts2_code"] == [
        f"{code} is not a NUTS-2 code of the project's country."
    ]


def test_every_nuts_2_code_of_the_table_and_the_national_code_pass():
    assert len(NUTS2["SE"]) == 8 and NUTS2["LV"] == ("LV00",)
    assert len(NUTS2["ES"]) == 19 and len(NUTS2["FR"]) == 27
    for country in NUTS2:
        for code in known_codes(country):
            EsfProjectFactory.build(country=country, nuts2_code=code).full_clean()
    assert "SE0" in known_codes("SE")


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (Decimal("-0.01"), "The co-financing rate cannot be below 0."),
        (Decimal("100.01"), "The co-financing rate cannot be above 100."),
    ],
)
def test_a_co_financing_rate_outside_0_to_100_is_refused(value, message):
    assert message in errors_of(eu_cofinancing_rate=value)["eu_cofinancing_rate"]


def test_a_project_ending_before_it_starts_is_refused():
    assert errors_of(start_date=date(2024, 1, 2), end_date=date(2024, 1, 1))["end_date"] == [
        "The project cannot end before it starts."
    ]


def test_the_messages_go_through_gettext():
    """The messages are marked for translation: a catalogue's text replaces the English."""
    english = "The project cannot end before it starts."
    with translation.override("sv"):
        swedish = translation.gettext(english)
        with pytest.raises(ValidationError) as raised:
            EsfProjectFactory.build(start_date=date(2024, 1, 2), end_date=date(2024, 1, 1)).full_clean()
        assert raised.value.message_dict["end_date"] == [swedish]
    assert swedish != english


def test_an_engagement_ending_before_it_starts_is_refused():
    engagement = EngagementFactory.build(
        project=EsfProject.objects.get(diary_number="22-018-S01"),
        start_date=date(2024, 3, 1),
        end_date=date(2024, 2, 1),
    )
    with translation.override("en"), pytest.raises(ValidationError) as raised:
        engagement.full_clean()
    assert raised.value.message_dict["end_date"] == ["The engagement cannot end before it starts."]


def test_the_status_follows_the_dates_in_python_and_in_queries():
    today = date(2025, 6, 1)
    assert status_of(date(2025, 7, 1), date(2026, 1, 1), today) == Status.PLANNED
    assert status_of(date(2025, 1, 1), date(2025, 6, 1), today) == Status.ONGOING
    assert status_of(date(2024, 1, 1), date(2025, 5, 31), today) == Status.COMPLETED
    annotated = EsfProject.objects.with_status(today).get(diary_number="22-018-S01")
    assert annotated.status_now == Status.ONGOING
    assert EsfProject.objects.with_status(date(2026, 1, 1)).get(diary_number="22-018-S01").status_now == (
        Status.COMPLETED
    )


@pytest.mark.parametrize("language", ["sv", "lv", "es", "fr"])
def test_each_rule_speaks_the_readers_language(language):
    """Every rule's message comes from the language's catalogue, not in English."""
    bad = {
        "diary_number": "22018S01",
        "programme_cci": "2021-SE",
        "nuts2_code": "LV00",
        "eu_cofinancing_rate": Decimal("120"),
    }
    english = errors_of(**bad)
    with translation.override(language):
        with pytest.raises(ValidationError) as raised:
            EsfProjectFactory.build(**bad).full_clean()
        translated = raised.value.message_dict
    for field in bad:
        assert translated[field] and translated[field] != english[field], (language, field)
    start, end = {"start_date": date(2024, 1, 2), "end_date": date(2024, 1, 1)}.values()
    with translation.override(language):
        with pytest.raises(ValidationError) as raised:
            EsfProjectFactory.build(start_date=start, end_date=end).full_clean()
        assert raised.value.message_dict["end_date"] != ["The project cannot end before it starts."]


def test_the_status_filter_on_dates_agrees_with_the_status_shown():
    from datetime import timedelta

    today = date(2026, 6, 15)
    spans = [(-400, -10), (-400, -1), (-400, 0), (-10, 10), (0, 5), (1, 30), (-1, 0)]
    for number, (start, end) in enumerate(spans):
        EsfProjectFactory(
            diary_number=f"77-{number:03d}-S01",
            start_date=today + timedelta(days=start),
            end_date=today + timedelta(days=end),
        )
    shown = dict(EsfProject.objects.with_status(today).values_list("diary_number", "status_now"))
    for status in Status.values:
        filtered = set(EsfProject.objects.of_status(status, today).values_list("diary_number", flat=True))
        assert filtered == {number for number, now in shown.items() if now == status}, status
