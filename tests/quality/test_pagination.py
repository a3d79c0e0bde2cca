"""Every paginated listing pages through the one include, with the same markup, and its links keep
the page's canonical query (filters, the other list's page) and drop what pages do not declare."""

from datetime import datetime
from urllib.parse import parse_qs, urlsplit

import pytest
from bs4 import BeautifulSoup

from tests.activities.factories import RIGA, ActivityFactory

# The listings, by their inventory name, with a query that filters or orders them.
LISTINGS = {
    "library listing": "sort=title",
    "country overview": "",
    "mapping country": "",
    "events calendar": "past_page=2",
    "register listing": "q=demo",
    "hub": "sort=title",
}
PAGE_SIZES = (
    ("apps.practices.selectors.listing", "PAGE_SIZE"),
    ("apps.capacity.selectors", "PAGE_SIZE"),
    ("apps.projects.selectors", "PER_PAGE"),
    ("apps.activities.selectors", "PER_PAGE"),
    ("apps.mapping.selectors", "PER_PAGE"),
)


@pytest.fixture
def one_per_page(monkeypatch):
    """One record a page, so that the inventory's few records make every listing paginate."""
    for module, name in PAGE_SIZES:
        monkeypatch.setattr(f"{module}.{name}", 1)


def _structure(nav) -> list:
    """The nav's shape: its attributes and its children's tags and attributes, not their values."""
    children = nav.find_all(recursive=False)
    return [sorted(nav.attrs), *[(child.name, sorted(child.attrs)) for child in children]]


# On a second page: the link to the first, where the reader is, and the link to the third if any.
LINK = ("a", ["href", "rel"])
SHAPES = (
    [["aria-label", "class"], LINK, ("span", ["aria-current"])],
    [["aria-label", "class"], LINK, ("span", ["aria-current"]), LINK],
)


def test_every_paginated_listing_renders_the_shared_include(inventory, client, one_per_page):
    paths = {page.name: page.path for page in inventory if page.language == "en" and page.name in LISTINGS}
    assert set(paths) == set(LISTINGS)
    for name, query in LISTINGS.items():
        response = client.get(f"{paths[name]}?{query}&page=2&utm_source=newsletter")
        assert response.status_code == 200, name
        assert "includes/pagination.html" in [template.name for template in response.templates], name
        nav = BeautifulSoup(response.content, "html.parser").select_one("nav.pagination")
        assert nav is not None, name
        assert _structure(nav) in SHAPES, (name, _structure(nav))
        assert nav["aria-label"], name
        assert nav.select_one('span[aria-current="page"]').get_text().startswith("Page 2 of "), name
        # The link keeps the filters and the other list's page, and drops the tracking parameter.
        previous = parse_qs(urlsplit(nav.select_one('a[rel="prev"]')["href"]).query)
        assert previous == {**parse_qs(query), "page": ["1"]}, (name, previous)


def test_the_past_events_page_through_their_own_parameter(inventory, client, one_per_page):
    for day in (3, 4):
        ActivityFactory(
            start=datetime(2020, 5, day, 10, tzinfo=RIGA), end=datetime(2020, 5, day, 16, tzinfo=RIGA)
        )
    path = next(page.path for page in inventory if page.language == "en" and page.name == "events calendar")
    response = client.get(f"{path}?page=2&past_page=2")
    navs = BeautifulSoup(response.content, "html.parser").select("nav.pagination")
    assert len(navs) == 2
    past = navs[1]
    assert past.select_one('span[aria-current="page"]').get_text().startswith("Page 2 of ")
    previous = parse_qs(urlsplit(past.select_one('a[rel="prev"]')["href"]).query)
    # The upcoming list stays on its page while the past one moves.
    assert previous == {"page": ["2"], "past_page": ["1"]}
