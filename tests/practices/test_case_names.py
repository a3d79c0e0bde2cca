"""Each case's title in the five languages: official names kept, the others translated."""

from collections import Counter

import pytest

from apps.practices.case_names import CASE_NAMES
from apps.practices.content import CASES

LANGUAGES = ("en", "sv", "lv", "es", "fr")
SOURCE_NAMES = [name for cases in CASES.values() for name, *_ in cases]
TRANSLATED = [
    name for name in SOURCE_NAMES if not CASE_NAMES[name]["official"] and not CASE_NAMES[name]["unconfirmed"]
]


def test_every_case_has_exactly_one_entry():
    assert len(SOURCE_NAMES) == 35
    assert set(CASE_NAMES) == set(SOURCE_NAMES)


@pytest.mark.parametrize("name", SOURCE_NAMES)
def test_every_title_is_given_in_five_languages_and_fits_the_title_field(name):
    entry = CASE_NAMES[name]
    assert set(entry) == {"official", "unconfirmed", "title", "source"}
    assert set(entry["title"]) == set(LANGUAGES)
    for language, title in entry["title"].items():
        assert title.strip() == title and title, (name, language)
        assert len(title) <= 255, (name, language)
    assert isinstance(entry["source"], str)


@pytest.mark.parametrize("name", SOURCE_NAMES)
def test_official_and_unconfirmed_exclude_each_other(name):
    entry = CASE_NAMES[name]
    assert not (entry["official"] and entry["unconfirmed"])


@pytest.mark.parametrize("name", [name for name in SOURCE_NAMES if CASE_NAMES[name]["official"]])
def test_an_official_name_is_the_title_in_every_language_and_says_where_it_comes_from(name):
    entry = CASE_NAMES[name]
    assert len(set(entry["title"].values())) == 1
    assert entry["source"]


@pytest.mark.parametrize("name", [name for name in SOURCE_NAMES if CASE_NAMES[name]["unconfirmed"]])
def test_an_unconfirmed_case_keeps_the_source_name_in_every_language(name):
    assert set(CASE_NAMES[name]["title"].values()) == {name}


@pytest.mark.parametrize("name", TRANSLATED)
def test_a_translated_title_is_the_source_name_in_english(name):
    assert CASE_NAMES[name]["title"]["en"] == name


def test_translated_titles_are_really_translated():
    for language in ("sv", "lv", "es", "fr"):
        differing = [name for name in TRANSLATED if CASE_NAMES[name]["title"][language] != name]
        assert len(differing) >= 0.9 * len(TRANSLATED), language


@pytest.mark.parametrize(
    ("name", "official"),
    [
        ("Local Support Scheme (Dispositif Local d’Accompagnement)", "Dispositif Local d’Accompagnement"),
        ("I Fund (Fonds I)", "Fonds I"),
        ("Initiative Factory (Fabrique à Initiatives)", "Fabrique à Initiatives"),
        ("Godin Institute (Institut Godin)", "Institut Godin"),
        ("P’INS (Le programme P’INS)", "Le programme P’INS"),
    ],
)
def test_an_english_name_with_the_official_one_in_brackets_takes_the_bracketed_one(name, official):
    entry = CASE_NAMES[name]
    assert entry["official"]
    assert set(entry["title"].values()) == {official}


@pytest.mark.parametrize("language", LANGUAGES)
def test_no_two_cases_share_a_title_in_the_same_language(language):
    counts = Counter(entry["title"][language] for entry in CASE_NAMES.values())
    assert [title for title, count in counts.items() if count > 1] == []


def test_the_official_names_the_seeds_give():
    assert CASE_NAMES["Society Integration Foundation (SIF)"]["title"]["sv"] == (
        "Sabiedrības integrācijas fonds (SIF)"
    )
    assert CASE_NAMES["Society Integration Foundation (SIF)"]["official"]
    forum = [name for name in SOURCE_NAMES if name.endswith("Forum for Social Innovation Sweden")]
    assert len(forum) == 2
    for name in forum:
        titles = CASE_NAMES[name]["title"]
        assert all(titles[language].endswith("– Mötesplats Social Innovation") for language in LANGUAGES[1:])


def test_french_titles_use_no_break_spaces_inside_guillemets():
    for entry in CASE_NAMES.values():
        title = entry["title"]["fr"]
        if "«" in title:
            assert "«\u00a0" in title and "\u00a0»" in title
