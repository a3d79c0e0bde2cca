"""The knowledge hub: facets and search like the library's, counted the way the ORM counts."""

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from django.db.models import Q

from apps.capacity import selectors
from apps.capacity.models import HubItem
from tests.capacity.factories import HubItemFactory
from tests.helpers import element, html_of, url_in

from .helpers import hub_page

pytestmark = pytest.mark.django_db

TITLES = {
    "en": "Knowledge hub: tools and methods",
    "sv": "Kunskapsnav: verktyg och metoder",
    "lv": "Zināšanu centrs: rīki un metodes",
    "es": "Centro de conocimiento: herramientas y métodos",
    "fr": "Pôle de connaissances\u00a0: outils et méthodes",
}


@pytest.fixture
def items():
    """Six items whose facets are known, one of them not public."""
    return {
        "canvas": HubItemFactory(
            slug="canvas", area="scaling", element_number=1, language="sv", country="SE"
        ),
        "mentor": HubItemFactory(
            slug="mentor", area="scaling", element_number=2, language="lv", country="LV"
        ),
        "impact": HubItemFactory(
            slug="impact", area="knowledge", element_number=2, language="es", country="ES"
        ),
        "network": HubItemFactory(
            slug="network", area="knowledge", element_number=3, language="fr", country="FR"
        ),
        "arena": HubItemFactory(
            slug="arena", area="catalytic", element_number=1, language="en", country="SE"
        ),
        "hidden": HubItemFactory(
            slug="hidden", area="scaling", element_number=1, language="sv", country="SE", is_public=False
        ),
    }


def orm_count(**filters) -> int:
    queryset = HubItem.objects.filter(is_public=True)
    fields = {
        "area": "support_area__code",
        "element": "element__number",
        "language": "language",
        "country": "country",
    }
    for facet, values in filters.items():
        queryset = queryset.filter(Q(**{f"{fields[facet]}__in": values}))
    return queryset.count()


def test_after_the_load_every_language_says_the_sources_name_no_tools(client, languages):
    for lang in languages:
        response = client.get(url_in(hub_page(), lang))
        assert response.status_code == 200, lang
        assert html_of(response).h1.get_text(strip=True) == TITLES[lang]
        assert element(response, "#no-hub-items")
    assert url_in(hub_page(), "en") == "/en/knowledge-hub/"
    assert url_in(hub_page(), "sv") == "/sv/kunskapsnav/"


@pytest.mark.parametrize(
    "filters",
    [
        {},
        {"area": ["scaling"]},
        {"area": ["scaling", "knowledge"]},
        {"element": ["2"], "country": ["LV", "ES"]},
        {"language": ["sv", "fr"], "area": ["knowledge"]},
        {"country": ["SE"], "element": ["1"]},
    ],
)
def test_facet_counts_equal_an_orm_count_for_every_value(items, filters):
    listing = selectors.hub_listing(filters=filters, text="", sort="newest", page=1, language="en")
    assert listing.total == orm_count(**filters)
    for facet, counts in listing.counts.items():
        others = {name: values for name, values in filters.items() if name != facet}
        for value, count in counts.items():
            assert count == orm_count(**others, **{facet: [value]}), (facet, value)


def test_the_page_shows_the_filtered_items_and_the_counts(client, items):
    page = html_of(client.get(url_in(hub_page(), "en") + "?area=scaling"))
    titles = [title.get_text(strip=True) for title in page.select(".hub-card .card__title")]
    assert sorted(titles) == ["Canvas", "Mentor"]
    from apps.vocabulary.models import ProcessElement, SupportArea

    canvas = next(card for card in page.select(".hub-card") if "Canvas" in card.get_text())
    element = ProcessElement.objects.get(number=1)
    assert canvas.select_one(".meta").get_text() == (
        f"Tool · {SupportArea.objects.get(code='scaling').name} · 1. {element.name}"
    )
    assert "In Swedish, from Sweden" in canvas.get_text()
    assert page.select_one("#results-heading").get_text(strip=True) == "2 tools and methods"
    option = page.select_one('a.facet__option[href*="area=knowledge"]')
    assert option.select_one(".facet__count").get_text() == "2"


def test_search_in_each_language_stems_that_language(client):
    HubItemFactory(
        slug="tool-sv",
        title="Map",
        title_sv="Karta",
        title_lv="Karte",
        title_es="Mapa",
        title_fr="Carte",
        description="Transforming local welfare services.",
        description_sv="Om välfärden i kommunerna.",
        description_lv="Sociālā uzņēmējdarbība ciemos.",
        description_es="Cómo transforman los servicios.",
        description_fr="Les réseaux solidaires.",
    )
    HubItemFactory(slug="other", title="Unrelated", description="Nothing here.")
    for lang, query in (("sv", "välfärd"), ("lv", "uznemejdarbiba"), ("es", "transformar"), ("fr", "réseau")):
        page = html_of(client.get(url_in(hub_page(), lang) + f"?q={query}"))
        titles = [title.get_text(strip=True) for title in page.select(".hub-card .card__title")]
        assert len(titles) == 1, (lang, query, titles)
    page = html_of(client.get(url_in(hub_page(), "en") + "?q=transforms"))
    assert page.select_one(".hub-card mark").get_text() == "Transforming"


def test_an_items_page_shows_it_and_a_hidden_one_is_not_found(client, items, languages):
    for lang in languages:
        response = client.get(url_in(hub_page(), lang) + "canvas/")
        assert response.status_code == 200
        assert html_of(response).h1.get_text(strip=True) == "Canvas"
        assert element(response, 'a[href="https://example.org/canvas"]')
        # The trail leads back to the hub, and ends at the item.
        trail = html_of(response).select(".breadcrumbs li")
        assert trail[-2].a["href"] == url_in(hub_page(), lang)
        assert trail[-1]["aria-current"] == "page" and trail[-1].get_text(strip=True) == "Canvas"
    assert client.get(url_in(hub_page(), "en") + "hidden/").status_code == 404
    assert client.get(url_in(hub_page(), "en") + "nothing/").status_code == 404


def bulk_items(start: int, count: int) -> None:
    HubItem.objects.bulk_create(
        HubItem(
            slug=f"bulk-{n}",
            title=f"Bulk {n}",
            title_en=f"Bulk {n}",
            description="Bulk",
            description_en="Bulk",
            support_area_id=1 + n % 5,
            element_id=hub_element_id(n),
            language="en",
            country="SE",
            link="https://example.org",
        )
        for n in range(start, start + count)
    )
    selectors.search_vectors_refresh()
    selectors.hub_invalidate()


def test_the_hubs_queries_do_not_grow_with_its_items(client, django_assert_max_num_queries):
    url = url_in(hub_page(), "en")
    queries = ("?area=scaling", "?area=scaling&page=2", "?q=bulk&sort=title", "?q=bulk", "bulk-3/")

    def measure() -> list[int]:
        client.get(url)  # the site's and the page's cached reads
        counts = []
        for query in queries:
            with django_assert_max_num_queries(15) as captured:
                assert client.get(url + query).status_code == 200
            counts.append(len(captured))
        return counts

    bulk_items(0, 10)
    at_ten = measure()
    bulk_items(10, 90)
    assert measure() == at_ten


def hub_element_id(n: int) -> int:
    from apps.vocabulary.models import ProcessElement

    ids = list(ProcessElement.objects.order_by("pk").values_list("pk", flat=True))
    return ids[n % len(ids)]


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    params=st.dictionaries(
        st.sampled_from(["q", "sort", "page", "area", "element", "language", "country", "junk"]),
        st.text(max_size=300),
        max_size=5,
    )
)
def test_no_query_string_makes_the_hub_fail(client, params):
    response = client.get(url_in(hub_page(), "en"), params)
    assert response.status_code == 200
