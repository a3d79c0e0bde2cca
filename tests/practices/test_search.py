import pytest

from apps.practices import selectors
from tests.core.factories import paragraphs
from tests.practices.factories import PracticePageFactory

pytestmark = pytest.mark.django_db


def found(text, language, filters=None):
    result = selectors.practice_listing(
        filters=filters or {}, text=text, sort="relevance", page=1, language=language
    )
    return [case.title for case in result.practices], result


@pytest.fixture
def multilingual():
    return PracticePageFactory(
        title="Neighbourhood case",
        summary_sv="Projektet stärker välfärden i kommunerna.",
        summary_lv="Sabiedrības integrācija vietējās kopienās.",
        summary_es="Las cooperativas transforman los barrios.",
        summary_fr="Les associations accompagnent les jeunes chômeurs.",
        summary_en="Cooperatives are transforming neighbourhoods.",
    )


def test_swedish_query_matches_an_inflected_swedish_form(multilingual):
    assert "Neighbourhood case" in found("välfärd", "sv")[0]


def test_spanish_query_matches_a_spanish_form(multilingual):
    assert "Neighbourhood case" in found("transformar", "es")[0]


def test_french_query_matches_a_french_form(multilingual):
    assert found("chômeur association", "fr")[0] == ["Neighbourhood case"]


def test_latvian_query_matches_without_diacritics(multilingual):
    # The Society Integration Foundation of the real content matches as well, by its name.
    for query in ("sabiedribas integracija", "sabiedrības integrācija"):
        assert "Neighbourhood case" in found(query, "lv")[0]


def test_a_word_of_one_language_is_not_stemmed_as_another(multilingual):
    assert found("transformar", "sv")[0] == []


def test_title_match_ranks_above_body_match():
    PracticePageFactory(
        title="Case in the body", summary="Nothing to see.", body_en=paragraphs("An orchard cooperative.")
    )
    PracticePageFactory(title="Orchard network", summary="Nothing to see either.")
    titles, _result = found("orchard", "en")
    assert titles == ["Orchard network", "Case in the body"]


def test_matches_are_highlighted_and_markup_in_content_is_escaped(client):
    PracticePageFactory(title="Orchard <b>bold</b> claims", summary="The orchard grows <script>x</script>.")
    html = client.get("/en/best-practices/?q=orchard").content.decode()
    assert "<mark>Orchard</mark>" in html
    assert "<mark>orchard</mark> grows" in html
    assert "<script>x</script>" not in html and "<b>bold</b>" not in html


def test_other_languages_are_offered_when_the_readers_has_no_match(client, multilingual):
    html = client.get("/sv/goda-exempel/?q=transforman").content.decode()
    assert "0 exempel" in html
    assert "Träffar på spanska" in html  # a language named inside a sentence: lower case, Swedish
    assert "Neighbourhood case" in html


def test_search_keeps_the_filters(client, multilingual):
    html = client.get("/en/best-practices/?q=cooperatives&country=LV").content.decode()
    assert "Neighbourhood case" not in html
    html = client.get("/en/best-practices/?q=cooperatives&country=SE").content.decode()
    assert "Neighbourhood case" in html
