"""Search as a native reader of each language expects it, over the library's real 35 cases.

Each table pairs what a reader types (a base form, a plural, another case, a genitive, a word
without its diacritics) with the cases whose own text holds that word in another form; the
cases are named by their sources' English name. A query must find them, and only a few cases:
a word that matched everything would prove nothing.

Swedish keeps PostgreSQL's snowball stemmer (docs/decisions/0015-latvian-search-with-hunspell.md
says why hunspell-sv was not taken), which leaves some forms apart ("hållbar" and "hållbara",
"nätverket" and "nätverk"); the Swedish rows are the forms it joins.
"""

import pytest

from apps.practices import selectors
from apps.practices.models import PracticePage

pytestmark = pytest.mark.django_db

MIKROFONDEN = "Financing and financial coaching for social enterprises – Mikrofonden Sverige"
VINNOVA = "Funding of social innovation – Vinnova, Sweden’s innovation agency"
COOMPANION = "Promoting cooperative entrepreneurship – Coompanion Sweden"
SKR = "Sweden’s Municipalities and Regions’ (SKR) Development Network Social Enterprises"
UMEA = "Umeå’s innovation platform for sustainable cities – Social Progress Innovation Sweden"
UNIVERSITIES = "Universities connecting to strengthen social innovation – Forum for Social Innovation Sweden"
OREBRO = "Supporting Social Innovation on regional level – Örebro Partnership for Social Innovation"
NETWORK = "Coordination of support organisations in a national network – Social Entrepreneurship Sweden"
JOINT_WAY = "Supporting social innovation through the business innovation system – The Joint Way"
IDEATECA = "The Spanish Red Cross – IDEATECA Participatory Innovation Platform"
ALC = "Agirre Lehendakaria Center-ALC (Basque Social Innovation Lab)"
ISOCIAL = "Innovation in Social Care – iSocial Foundation"
BONDS = "Social impact bonds"
RONALPIA = "Ronalpia (“Implantation” scale-up programme)"
SIF = "Society Integration Foundation (SIF)"
SEAL = "Social Entrepreneurship Association of Latvia (SEAL)"
CENTER = "Social Innovation Center"
FONDS_I = "I Fund (Fonds I)"
BANQUE = "Banque des Territoires"
GODIN = "Godin Institute (Institut Godin)"
FABRIQUE = "Initiative Factory (Fabrique à Initiatives)"
CAJA_NAVARRA = "Fundación Caja Navarra – Innova Programme (InnovaSocial and InnovaCultura)"
PINS = "P’INS (Le programme P’INS)"
RED = "RED Social Innovation"

EXPECTED = {
    "sv": [
        ("mikrofonden", {MIKROFONDEN}),
        ("finansiering", {MIKROFONDEN, VINNOVA}),
        ("företagandet", {COOMPANION, MIKROFONDEN, SKR}),
        ("kommunerna", {SKR}),
        ("regionen", {SKR, OREBRO}),
        ("plattformar", {IDEATECA}),
        ("utfallskontrakten", {BONDS}),
        ("lärosäte", {UNIVERSITIES}),
        ("nätverk", {NETWORK}),
        ("omsorgen", {ISOCIAL}),
        ("baskisk", {ALC}),
        ("coachning", {MIKROFONDEN}),
        ("innovationsmyndigheten", {VINNOVA}),
        ("Umeå", {UMEA}),
        ("stödorganisation", {NETWORK}),
        ("städerna", {UMEA}),
    ],
    "lv": [
        ("obligācija", {BONDS}),
        ("laboratorija", {ALC}),
        ("aprūpe", {ISOCIAL}),
        ("uzņēmums", {MIKROFONDEN, SKR}),
        ("uzņēmējdarbība", {SEAL, JOINT_WAY, COOMPANION}),
        ("pilsēta", {UMEA}),
        ("augstskola", {UNIVERSITIES}),
        ("finansējums", {MIKROFONDEN}),
        ("integracija", {SIF}),
        ("fonds", {SIF, FONDS_I}),
        ("asociacija", {SEAL}),
        ("aģentūra", {VINNOVA}),
        ("tīkls", {NETWORK, SKR}),
        ("platforma", {IDEATECA, UMEA}),
        ("centrs", {CENTER}),
        ("basku", {ALC}),
        ("konsultacija", {MIKROFONDEN}),
    ],
    "es": [
        ("bono", {BONDS}),
        ("laboratorios", {ALC}),
        ("vasca", {ALC}),
        ("sostenible", {UMEA}),
        ("financiación", {MIKROFONDEN, VINNOVA}),
        ("asesoramientos", {MIKROFONDEN}),
        ("cooperativa", {COOMPANION}),
        ("universidad", {UNIVERSITIES}),
        ("empresa social", {MIKROFONDEN, SKR}),
        ("redes", {NETWORK, SKR}),
        ("plataformas", {IDEATECA, UMEA}),
        ("participativas", {IDEATECA}),
        ("regionales", {OREBRO}),
        ("agencias", {VINNOVA}),
        ("atención", {ISOCIAL}),
        ("escalados", {RONALPIA}),
    ],
    "fr": [
        ("contrat", {BONDS}),
        ("laboratoires", {ALC}),
        ("basques", {ALC}),
        ("ville durable", {UMEA}),
        ("financements", {MIKROFONDEN, VINNOVA}),
        ("coopératifs", {COOMPANION}),
        ("université", {UNIVERSITIES}),
        ("entreprise sociale", {MIKROFONDEN, SKR}),
        ("réseaux", {NETWORK, SKR, UNIVERSITIES}),
        ("plateformes", {IDEATECA, UMEA}),
        ("régionales", {OREBRO}),
        ("agences", {VINNOVA}),
        ("action sociale", {ISOCIAL}),
        ("territoire", {BANQUE}),
        ("instituts", {GODIN}),
        ("fabriques", {FABRIQUE}),
    ],
    "en": [
        ("bond", {BONDS}),
        ("labs", {ALC}),
        ("city", {UMEA}),
        ("financing", {MIKROFONDEN}),
        ("cooperatives", {COOMPANION}),
        ("university", {UNIVERSITIES}),
        ("enterprise", {MIKROFONDEN, SKR}),
        ("networks", {NETWORK, SKR}),
        ("platforms", {IDEATECA, UMEA}),
        ("regions", {SKR}),
        ("agencies", {VINNOVA}),
        ("caring", {ISOCIAL}),
        ("programmes", {RONALPIA, CAJA_NAVARRA, PINS}),
        ("municipality", {SKR}),
        ("integration", {SIF}),
        ("Latvia's associations", {SEAL}),
    ],
}


def matches(text: str, language: str) -> set[str]:
    listing = selectors.practice_listing(filters={}, text=text, sort="relevance", page=1, language=language)
    ids = [case.pk for case in listing.practices]
    assert listing.total <= len(ids), "every match fits on the first page"
    return set(PracticePage.objects.filter(pk__in=ids).values_list("source_name", flat=True))


def test_every_language_has_at_least_fifteen_pairs():
    assert {language: len(rows) >= 15 for language, rows in EXPECTED.items()} == dict.fromkeys(EXPECTED, True)


@pytest.mark.parametrize("language", list(EXPECTED))
def test_a_reader_finds_the_cases_whose_text_holds_the_word(language):
    """Every pair of the language's table, each failure named: the query, what it missed or added."""
    failures = []
    for query, cases in EXPECTED[language]:
        found = matches(query, language)
        if not cases <= found:
            failures.append(f"{query!r} misses {sorted(cases - found)}")
        elif len(found) > len(cases) + 3:
            failures.append(f"{query!r} matches too much: {sorted(found)}")
    assert failures == []


def test_a_query_with_no_match_in_the_readers_language_offers_the_others():
    listing = selectors.practice_listing(
        filters={}, text="utfallskontrakt", sort="relevance", page=1, language="lv"
    )
    assert listing.total == 0
    languages = dict(listing.other_languages)
    assert "sv" in languages
    found = PracticePage.objects.filter(pk__in=[case.pk for case in languages["sv"]])
    assert list(found.values_list("source_name", flat=True)) == [BONDS]
