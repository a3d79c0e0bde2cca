"""The library's query parameters: every value valid, and nothing a reader types is an error."""

import pytest

from django.http import QueryDict

from apps.practices.forms import LibraryQuery, LibraryQueryForm

pytestmark = pytest.mark.django_db


def query(string):
    return LibraryQueryForm(QueryDict(string)).query


def test_no_parameters_give_the_defaults():
    assert query("") == LibraryQuery(text="", sort="", page=1, filters={})
    assert query("").listing_sort == "newest"


def test_known_values_are_kept_in_order_once_and_unknown_ones_dropped():
    result = query("country=LV&country=XX&country=SE&country=LV&element=4&element=99&theme=nothing")
    assert result.filters == {"country": ["LV", "SE"], "element": ["4"]}


@pytest.mark.parametrize("page", ["abc", "0", "-3", "", "1e5", "9" * 5000])
def test_a_page_that_is_not_a_positive_number_is_the_first(page):
    assert query(f"page={page}").page == 1


def test_a_page_number_is_read():
    assert query("page=3").page == 3


def test_the_text_is_stripped_and_cut_to_200_characters():
    assert query("q=%20%20coaching%20%20").text == "coaching"
    assert query("q=" + "a" * 300).text == "a" * 200


def test_an_unknown_sort_is_no_sort_and_a_search_sorts_by_relevance():
    assert query("sort=nonsense").sort == ""
    assert query("q=trust").listing_sort == "relevance"
    assert query("q=trust&sort=title").listing_sort == "title"
