"""The kernel's faceted listing, configured with a small index in memory: what every app gets."""

from array import array

from apps.core.forms import ListingQuery
from apps.core.listings.faceted import FacetedListing
from apps.core.listings.facets import facet_index_from

# Six records: colour and size, newest first by id; titles in the order 3, 1, 6, 2, 5, 4.
COLOURS = {1: "red", 2: "red", 3: "blue", 4: "blue", 5: "green", 6: "red"}
SIZES = {1: "s", 2: "m", 3: "m", 4: "l", 5: "s", 6: "l"}
ORDERS = {"newest": array("I", [6, 5, 4, 3, 2, 1]), "title": array("I", [3, 1, 6, 2, 5, 4])}


def listing(per_page: int = 2, **changes) -> FacetedListing:
    index = facet_index_from(COLOURS, {"colour": COLOURS.items(), "size": SIZES.items()})
    config = {
        "labels": {"colour": "Colour", "size": "Size"},
        "value_labels": lambda: {"size": {"s": ("Small", 1), "m": ("Medium", 2), "l": ("Large", 3)}},
        "index": lambda: index,
        "table": None,
        "order": lambda sort, language: ORDERS[sort],
        "cards": lambda ids, *, language, text="": [f"card {pk} in {language}" for pk in ids],
        "ranked": lambda: 200,
        "per_page": lambda: per_page,
    }
    return FacetedListing(**{**config, **changes})


def test_a_page_holds_the_cards_of_its_ids_in_the_order_asked_for():
    page = listing().page(filters={"colour": ["red"]}, text="", sort="title", page=2, language="sv")
    assert page.total == 3
    assert page.results == ["card 2 in sv"]
    assert page.page_obj.number == 2 and page.page_obj.paginator.num_pages == 2
    newest = listing(per_page=10).page(filters={}, text="", sort="newest", page=1, language="en")
    assert newest.results == [f"card {pk} in en" for pk in (6, 5, 4, 3, 2, 1)]


def test_the_counts_are_those_of_the_page_and_count_each_facet_with_the_others_filters():
    filters = {"colour": ["red", "blue"], "size": ["m"]}
    counts = listing().counts(filters=filters, language="en")
    assert counts == listing().page(filters=filters, text="", sort="newest", page=1, language="en").counts
    assert counts["colour"] == {"red": 1, "blue": 1, "green": 0}
    assert counts["size"] == {"s": 1, "m": 2, "l": 2}


def test_an_empty_result_names_the_filters_whose_removal_shows_records():
    page = listing().page(
        filters={"colour": ["green"], "size": ["m"]}, text="", sort="newest", page=1, language="en"
    )
    assert page.total == 0 and page.results == []
    assert page.suggestions == [("colour", "green", 2), ("size", "m", 1)]


def test_the_context_shows_the_facets_in_order_with_their_labels_and_the_sorts_without_relevance():
    query = ListingQuery(filters={"size": ["s"]}, sort="title")
    context = listing().context(query, language="en")
    assert [group["label"] for group in context["facet_groups"]] == ["Colour", "Size"]
    sizes = context["facet_groups"][1]["options"]
    assert [(option["label"], option["active"]) for option in sizes] == [
        ("Small", True),
        ("Medium", False),
        ("Large", False),
    ]
    assert [value for value, _label in context["sorts"]] == ["newest", "title"]
    assert context["listing"].results == ["card 1 in en", "card 5 in en"]
    assert (context["has_filters"], context["active_filters"], context["sort"]) == (True, 1, "title")


def test_a_listing_may_name_its_own_page_class():
    from apps.core.listings.faceted import Listing

    class Named(Listing):
        pass

    page = listing(listing_class=Named).page(filters={}, text="", sort="newest", page=1, language="en")
    assert isinstance(page, Named)
