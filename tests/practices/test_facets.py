import pytest

from apps.practices import selectors
from apps.vocabulary.models import Theme

from .helpers import practice_create

pytestmark = pytest.mark.django_db


@pytest.fixture
def themed():
    """Five cases whose facets are known; the 35 real cases carry no theme."""
    alpha = Theme.objects.create(code="alpha", name="Alpha")
    beta = Theme.objects.create(code="beta", name="Beta")
    cases = {
        "A": practice_create(
            title="Case A", country="SE", approaches=["4.5"], areas=["scaling"], themes=[alpha]
        ),
        "B": practice_create(
            title="Case B", country="SE", approaches=["1.1"], areas=["knowledge"], themes=[alpha, beta]
        ),
        "C": practice_create(
            title="Case C", country="LV", approaches=["4.6"], areas=["catalytic"], themes=[beta]
        ),
        "D": practice_create(
            title="Case D", country="FR", approaches=["4.5"], areas=["scaling"], themes=[alpha]
        ),
        "E": practice_create(
            title="Case E", country="FR", approaches=["3.3"], areas=["advisory"], themes=[beta]
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
    html = client.get("/en/best-practices/?theme=alpha&country=SE&sort=title").content.decode()
    assert "2 cases" in html
    assert 'href="?theme=alpha&amp;sort=title"' in html  # dropping Sweden keeps the rest
    assert "Case A" in html and "Case C" not in html


def test_unknown_filter_values_are_ignored(client):
    response = client.get("/en/best-practices/?country=XX&element=99&sort=nonsense&page=abc")
    assert response.status_code == 200
    assert "35 cases" in response.content.decode()


def test_pagination_and_sorting(client):
    first = client.get("/en/best-practices/?sort=title").content.decode()
    second = client.get("/en/best-practices/?sort=title&page=2").content.decode()
    assert first.count('class="card practice-card"') == 20
    assert second.count('class="card practice-card"') == 15
    assert "Page 2 of 2" in second
    assert first.index("27ème région") < first.index("Agirre Lehendakaria")
