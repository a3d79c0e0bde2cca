"""The knowledge hub's tools and methods over the API: the hub page's visibility, facets and counts."""

import pytest

from apps.capacity import selectors
from apps.capacity.models import HubItem
from tests.api.test_read_partners import assert_not_found, assert_urls_resolve, queries_of
from tests.capacity.factories import HubItemFactory

pytestmark = pytest.mark.django_db

URL = "/api/v1/hub-items/"


def slugs(response) -> list[str]:
    assert response.status_code == 200, response.content
    return [item["slug"] for item in response.json()["results"]]


@pytest.fixture
def items():
    return [
        HubItemFactory(slug="api-canvas", title="Canvas", country="SE", area="scaling", element_number=1),
        HubItemFactory(slug="api-toolkit", title="Toolkit", country="LV", area="advisory", element_number=2),
        HubItemFactory(slug="api-method", kind="method", country="FR", language="fr", element_number=2),
    ]


def test_public_items_and_one_by_its_slug(api, items):
    assert set(slugs(api.get(URL))) == {"api-canvas", "api-toolkit", "api-method"}
    data = api.get(f"{URL}api-toolkit/").json()
    assert data["title"] == "Toolkit"
    assert data["support_area"] == "advisory" and data["element"] == 2 and data["country"] == "LV"
    assert data["link"] == "https://example.org/api-toolkit"


def test_a_private_item_never_appears(api, items):
    HubItemFactory(slug="api-hidden", is_public=False)
    assert "api-hidden" not in slugs(api.get(URL))
    assert "api-hidden" not in slugs(api.get(URL, {"q": "Api hidden"}))
    assert_not_found(api.get(f"{URL}api-hidden/"))


@pytest.mark.parametrize(
    ("query", "filters"),
    [
        ({}, {}),
        ({"country": ["SE", "LV"]}, {"country": ["SE", "LV"]}),
        ({"element": "2"}, {"element": ["2"]}),
        ({"support_area": "advisory", "element": ["1", "2"]}, {"area": ["advisory"], "element": ["1", "2"]}),
        ({"language": "fr"}, {"language": ["fr"]}),
    ],
)
def test_results_and_facet_counts_are_the_hub_pages(api, items, query, filters):
    data = api.get(URL, query).json()
    page = selectors.hub_listing(filters=filters, text="", sort="newest", page=1, language="en")
    assert data["count"] == page.total
    assert slugs_of(data) == [card["slug"] for card in page.results]
    names = {"area": "support_area"}
    assert data["facets"] == {names.get(facet, facet): counts for facet, counts in page.counts.items()}


def slugs_of(data) -> list[str]:
    return [item["slug"] for item in data["results"]]


def test_a_value_the_hub_does_not_hold_is_ignored_as_on_the_page(api, items):
    assert set(slugs(api.get(URL, {"country": "XX", "element": "99", "ordering": "sideways"}))) == {
        "api-canvas",
        "api-toolkit",
        "api-method",
    }


def test_the_search_and_the_order(api, items):
    assert slugs(api.get(URL, {"q": "toolkit"})) == ["api-toolkit"]
    titles = [item["title"] for item in api.get(URL, {"ordering": "title"}).json()["results"]]
    assert titles == sorted(titles)


def test_swedish_text_and_the_fallback_of_a_missing_translation(api):
    HubItemFactory(slug="api-sv", title="Canvas", title_sv="Duk", description_sv="")
    data = api.get(f"{URL}api-sv/", {"lang": "sv"}).json()
    assert data["title"] == "Duk"
    assert data["field_languages"] == {"title": "sv", "description": "en"}
    assert data["fallback"] is True
    (listed,) = api.get(URL, {"lang": "sv"}).json()["results"]
    assert listed["title"] == "Duk" and listed["fallback"] is True


def test_its_page_in_every_language(api, client, items):
    urls = api.get(f"{URL}api-canvas/").json()["urls"]
    assert urls["fr"].endswith("/api-canvas/")
    assert_urls_resolve(client, urls)
    (listed,) = [item for item in api.get(URL).json()["results"] if item["slug"] == "api-canvas"]
    assert listed["urls"] == urls


def test_the_query_count_does_not_grow_with_the_page(api):
    for number in range(100):
        HubItemFactory(slug=f"api-many-{number}", refresh=False)
    selectors.search_vectors_refresh(ids=list(HubItem.objects.values_list("pk", flat=True)))
    selectors.hub_invalidate()
    assert queries_of(api, URL, {"page_size": 10}) == queries_of(api, URL, {"page_size": 100})


def test_an_address_that_is_no_slug_is_the_apis_404(api):
    assert_not_found(api.get(f"{URL}%00/"))
