"""Latvian search reads words with a dictionary: PostgreSQL's `latvian` configuration."""

import pytest

from django.core import checks
from django.core.management import call_command
from django.db import connection

from apps.core.listings.textsearch import has_latvian_dictionary, latvian_configuration_install

pytestmark = pytest.mark.django_db

# (what a reader types, a text that must match) — base forms, plurals, cases and dropped diacritics.
MATCHES = [
    ("inovācija", "Sociālās inovācijas centrs"),
    ("inovācijas", "atbalsts sociālajai inovācijai"),
    ("uzņēmējdarbība", "sociālās uzņēmējdarbības asociācija"),
    ("kooperatīvs", "lauksaimniecības kooperatīvu tīkls"),
    ("pašvaldība", "sadarbība ar pašvaldībām"),
    ("pasvaldiba", "sadarbība ar pašvaldībām"),
    ("sabiedrības integrācija", "Sabiedrības integrācijas fonds"),
    ("fonds", "fondu programmas"),
]


def matches(query: str, text: str) -> bool:
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT to_tsvector('latvian', %s) @@ websearch_to_tsquery('latvian', %s)", [text, query]
        )
        return cursor.fetchone()[0]


def test_the_suites_database_has_the_latvian_dictionary():
    assert has_latvian_dictionary()
    assert not [message for message in checks.run_checks(databases=["default"]) if message.id == "core.W003"]


@pytest.mark.parametrize(("query", "text"), MATCHES)
def test_a_latvian_word_finds_its_other_forms(query, text):
    assert matches(query, text)


def test_different_words_do_not_match():
    assert not matches("inovācija", "Sabiedrības integrācijas fonds")


def test_without_the_dictionary_only_diacritics_are_dropped_and_a_check_says_so():
    with connection.cursor() as cursor:
        cursor.execute(
            "ALTER TEXT SEARCH CONFIGURATION latvian ALTER MAPPING FOR asciiword, asciihword, "
            "hword_asciipart, word, hword, hword_part WITH unaccent, simple"
        )
    assert not has_latvian_dictionary()
    assert matches("pasvaldibam", "sadarbība ar pašvaldībām")
    assert not matches("pašvaldība", "sadarbība ar pašvaldībām")
    warnings = [message for message in checks.run_checks(databases=["default"]) if message.id == "core.W003"]
    assert len(warnings) == 1

    assert latvian_configuration_install()
    assert matches("pašvaldība", "sadarbība ar pašvaldībām")


def test_the_command_installs_the_configuration_and_rebuilds_the_vectors(capsys):
    call_command("search_configurations")
    out = capsys.readouterr().out
    assert "hunspell-lv" in out
    assert "Search vectors rebuilt" in out


def test_a_database_not_yet_migrated_gets_no_warning():
    with connection.cursor() as cursor:
        cursor.execute("DROP TEXT SEARCH CONFIGURATION latvian")
    assert not [message for message in checks.run_checks(databases=["default"]) if message.id == "core.W003"]
