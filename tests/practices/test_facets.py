import pytest

from apps.practices import selectors
from tests.helpers import html_of
from tests.practices.factories import PracticePageFactory
from tests.vocabulary.factories import ThemeFactory

from .helpers import card_titles, results_heading

pytestmark = pytest.mark.django_db


@pytest.fixture
def themed():
    """Five cases whose facets are known; the 35 real cases carry no theme."""
    alpha = ThemeFactory(code="alpha", name="Alpha")
    beta = ThemeFactory(code="beta", name="Beta")
    cases = {
        "A": PracticePageFactory(
            title="Case A", country="SE", approach_codes=["4.5"], area_codes=["scaling"], themes=[alpha]
        ),
        "B": PracticePageFactory(
            title="Case B",
            country="SE",
            approach_codes=["1.1"],
            area_codes=["knowledge"],
            themes=[alpha, beta],
        ),
        "C": PracticePageFactory(
            title="Case C", country="LV", approach_codes=["4.6"], area_codes=["catalytic"], themes=[beta]
        ),
        "D": PracticePageFactory(
            title="Case D", country="FR", approach_codes=["4.5"], area_codes=["scaling"], themes=[alpha]
        ),
        "E": PracticePageFactory(
            title="Case E", country="FR", approach_codes=["3.3"], area_codes=["advisory"], themes=[beta]
        ),
    }
    return cases


def listing(filters, text=""):
    return selectors.practice_listing(filters=filters, text=text, sort="title", page=1, language="en")


def test_one_theme(themed):
    result = listing({"theme": ["alpha"]})
    assert result.total == 3
    assert [case.title for case in result.practices] == ["Case A", "Case B", "Case D"]
    assert result.counts["country"] == {"SE": 2, "FR": 1, "LV": 0, "ES": 0}
    assert result.counts["theme"] == {"alpha": 3, "beta": 3}


def test_theme_and_country_combined(themed):
    result = listing({"theme": ["alpha"], "country": ["SE"]})
    assert result.total == 2
    assert result.counts["theme"] == {"alpha": 2, "beta": 1}
    assert result.counts["country"]["SE"] == 2 and result.counts["country"]["FR"] == 1
    assert {k: v for k, v in result.counts["element"].items() if v} == {"4": 1, "1": 1}


def test_values_of_one_facet_are_ored_and_facets_anded(themed):
    result = listing({"theme": ["alpha", "beta"], "element": ["4"]})
    assert result.total == 3
    assert {k: v for k, v in result.counts["country"].items() if v} == {"SE": 1, "LV": 1, "FR": 1}
    assert result.counts["theme"] == {"alpha": 2, "beta": 1}
    assert {k: v for k, v in result.counts["area"].items() if v} == {"scaling": 2, "catalytic": 1}


def test_empty_result_suggests_the_filter_to_drop(themed):
    result = listing({"theme": ["alpha"], "country": ["LV"]})
    assert result.total == 0
    dropped = {(facet, value): count for facet, value, count in result.suggestions}
    # Without Latvia: the three alpha cases; without alpha: Case C and the four Latvian cases.
    assert dropped == {("country", "LV"): 3, ("theme", "alpha"): 5}
    assert result.suggestions[0] == ("theme", "alpha", 5)


def test_facet_counts_of_the_real_content_match_the_orm():
    from apps.practices.models import PracticePage

    result = listing({"country": ["SE"]})
    for number, count in result.counts["element"].items():
        assert count == PracticePage.objects.live().filter(country="SE", elements__number=number).count()


def test_listing_view_shows_counts_and_keeps_every_state_in_the_url(client, themed):
    response = client.get("/en/best-practices/?theme=alpha&country=SE&sort=title")
    assert results_heading(response) == "2 cases"
    links = [link["href"] for link in html_of(response).select("a[href]")]
    assert "?theme=alpha&sort=title" in links  # dropping Sweden keeps the rest
    assert "Case A" in card_titles(response) and "Case C" not in html_of(response).get_text()


def test_unknown_filter_values_are_ignored(client):
    response = client.get("/en/best-practices/?country=XX&element=99&sort=nonsense&page=abc")
    assert response.status_code == 200
    assert results_heading(response) == "35 cases"


def test_pagination_and_sorting(client):
    first = client.get("/en/best-practices/?sort=title")
    second = client.get("/en/best-practices/?sort=title&page=2")
    assert len(html_of(first).select(".card.practice-card")) == 20
    assert len(html_of(second).select(".card.practice-card")) == 15
    assert "Page 2 of 2" in " ".join(html_of(second).get_text().split())
    titles = card_titles(first)
    assert titles.index("27ème région") < titles.index(
        "Agirre Lehendakaria Center-ALC (Basque Social Innovation Lab)"
    )
