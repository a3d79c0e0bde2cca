"""Whatever a visitor puts in the query string of a public URL, the answer is never a 5xx."""

from urllib.parse import quote, quote_from_bytes

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.utils import translation

from apps.core.web.middleware import QueryStringCleaningMiddleware
from tests.helpers import element
from tests.practices.factories import CountryPageFactory, PracticePageFactory

pytestmark = pytest.mark.django_db

LIBRARY_PARAMETERS = ["q", "country", "element", "approach", "area", "theme", "target", "sort", "page"]


def public_url(name: str) -> str:
    with translation.override("en"):
        if name == "country":
            return CountryPageFactory(country="SE").get_url()
        if name == "case":
            return PracticePageFactory().get_url()
    return {
        "home": "/en/",
        "library": "/en/best-practices/",
        "feed": "/en/feeds/practices/",
        "sitemap": "/sitemap.xml",
        "robots": "/robots.txt",
        "healthz": "/healthz",
        "mapping": "/en/ecosystem-mapping/",
        "mapping-country": "/en/ecosystem-mapping/latvia/",
        "mapping-csv": "/en/mapping/comparison.csv",
        "work-package": "/en/about/wp5-ccsi-strategies/",
        "pilot": "/en/about/wp3-pilots/pilot-latvia/",
    }[name]


def encoded(text: str) -> str:
    return quote(text, safe="")


CONTROL = "\x00\x01\x08\t\n\x0b\r\x1b\x7f\x85"
hostile_text = st.one_of(
    st.text(max_size=40),
    st.text(alphabet=CONTROL + " a%&=+;#\u2028\ufeff", max_size=20),
    st.builds(lambda before, after: f"{before}\x00{after}", st.text(max_size=10), st.text(max_size=10)),
    st.builds(
        lambda char, size: char * size, st.characters(exclude_categories=("Cs",)), st.integers(1000, 20000)
    ),
)
hostile_values = st.one_of(
    hostile_text.map(encoded),
    st.binary(max_size=24).map(lambda raw: quote_from_bytes(raw, safe="")),
    st.integers().map(str),
    st.sampled_from(["abc%00def", "%00", "%", "%zz", "%ff%fe", "-1", "0", "99999999999999999999", "SE", ""]),
)
keys = st.one_of(
    st.sampled_from(LIBRARY_PARAMETERS),
    st.sampled_from(LIBRARY_PARAMETERS),
    st.sampled_from(LIBRARY_PARAMETERS),
    st.text(max_size=12).map(encoded),
)
# Repeated keys come naturally: a list of pairs drawn from few names.
query_strings = st.lists(st.tuples(keys, hostile_values), min_size=1, max_size=15).map(
    lambda pairs: "&".join(f"{key}={value}" for key, value in pairs)
)
URL_NAMES = ["home", "library", "country", "case", "feed", "sitemap", "robots", "healthz"]


@pytest.mark.parametrize(
    "name",
    [
        "home",
        "library",
        "country",
        "case",
        "feed",
        "sitemap",
        "robots",
        "healthz",
        "mapping",
        "mapping-country",
        "mapping-csv",
        "work-package",
        "pilot",
    ],
)
def test_no_query_string_gives_a_server_error(client, name):
    url = public_url(name)

    # No deadline: the first example of a page fills its caches, and a busy machine is slow.
    @settings(
        max_examples=50,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
    @given(query=query_strings)
    def answers_without_a_server_error(query):
        response = client.get(url, QUERY_STRING=query)
        assert response.status_code < 500, (name, query)

    answers_without_a_server_error()


def test_a_nul_in_the_search_is_removed_not_a_500(client):
    response = client.get("/en/best-practices/", {"q": "abc\x00def"})
    assert response.status_code == 200
    assert element(response, "#practice-q")["value"] == "abcdef"


def test_many_and_long_parameters_are_bounded():
    from django.http import QueryDict

    many = QueryDict("&".join(f"p{n}=x" for n in range(500)) + "&q=" + "a" * 50_000)
    cleaned, changed = QueryStringCleaningMiddleware.clean(many)
    assert changed
    assert (
        sum(len(values) for _key, values in cleaned.lists()) == QueryStringCleaningMiddleware.MAX_PARAMETERS
    )
    long = QueryDict("q=" + "a" * 50_000)
    assert (
        len(QueryStringCleaningMiddleware.clean(long)[0]["q"])
        == QueryStringCleaningMiddleware.MAX_VALUE_LENGTH
    )


def test_a_clean_query_string_is_left_as_it_is():
    from django.http import QueryDict

    query = QueryDict("country=SE&country=FR&q=välfärd&sort=title")
    cleaned, changed = QueryStringCleaningMiddleware.clean(query)
    assert not changed
    assert cleaned.getlist("country") == ["SE", "FR"]
