"""The portal's per-language helpers and the start-up check of the text-search configurations."""

import pytest

from django.core import checks
from django.core.management import call_command
from django.core.management.base import SystemCheckError

from apps.core.i18n import (
    LANGUAGE_CODES,
    fan_out,
    field_in,
    fields_of,
    localized_field,
    localized_values,
    values_of,
)
from apps.core.listings.textsearch import CONFIGS
from apps.vocabulary.models import SupportArea


def test_the_languages_are_those_of_the_settings_in_their_order(settings):
    assert list(LANGUAGE_CODES) == [code for code, _name in settings.LANGUAGES]


def test_a_fields_columns_are_named_as_modeltranslation_names_them():
    assert localized_field("title", "sv") == "title_sv"
    assert fields_of("title") == [f"title_{code}" for code in LANGUAGE_CODES]
    assert {name for name in fields_of("name")} <= {field.name for field in SupportArea._meta.get_fields()}


def test_values_fan_out_to_every_language():
    assert fan_out("title", "Hej") == {"title": "Hej", **{f"title_{code}": "Hej" for code in LANGUAGE_CODES}}
    texts = {code: f"text in {code}" for code in LANGUAGE_CODES}
    assert localized_values("name", texts) == {f"name_{code}": f"text in {code}" for code in LANGUAGE_CODES}


def test_a_field_is_read_in_one_language_or_in_all():
    texts = {code: f"area in {code}" for code in LANGUAGE_CODES}
    area = SupportArea(**localized_values("name", texts))
    assert field_in(area, "name", "lv") == "area in lv"
    assert values_of(area, "name") == texts


def test_every_language_is_searched_with_its_own_configuration(settings):
    assert list(CONFIGS) == list(LANGUAGE_CODES)
    assert CONFIGS["sv"] == "swedish"
    assert CONFIGS["lv"] == "latvian"
    assert not [error for error in checks.run_checks() if error.id == "core.E002"]


def test_the_portal_does_not_start_with_a_language_it_cannot_search(settings):
    settings.LANGUAGES = [*settings.LANGUAGES, ("de", "German")]
    errors = [error for error in checks.run_checks() if error.id == "core.E002"]
    assert len(errors) == 1
    assert "'de'" in errors[0].msg
    with pytest.raises(SystemCheckError, match="core.E002"):
        call_command("check")
