"""An index page's links to its children: read once per language, then from the pages' cache."""

import pytest

from django.test import RequestFactory
from django.utils import translation

from apps.core.caching.versioned import PAGES, bump
from apps.core.child_pages import cached_child_links
from apps.site.models import HomePage

pytestmark = pytest.mark.django_db


def links(home, request):
    return cached_child_links(
        home,
        request,
        "test-children",
        lambda: home.get_children().live().public().specific().order_by("path"),
        intro=lambda child: getattr(child, "intro", ""),
    )


def test_each_child_gives_its_title_address_and_the_extra_values(django_assert_num_queries):
    home = HomePage.objects.get()
    request = RequestFactory().get("/")
    children = list(home.get_children().live().specific().order_by("path"))
    with translation.override("en"):
        read = links(home, request)
        assert [link["title"] for link in read] == [child.title for child in children]
        assert [link["url"] for link in read] == [child.get_url(request) for child in children]
        assert [link["intro"] for link in read] == [getattr(child, "intro", "") for child in children]
        with django_assert_num_queries(0):
            assert links(home, request) == read


def test_each_language_has_its_own_copy_and_a_publish_renews_them():
    home = HomePage.objects.get()
    request = RequestFactory().get("/")
    with translation.override("en"):
        english = links(home, request)
    with translation.override("sv"):
        swedish = links(home, request)
    assert english != swedish
    child = home.get_children().live().order_by("path").first().specific
    child.title_en = "Renamed"
    child.save()
    with translation.override("en"):
        assert links(home, request)[0]["title"] == english[0]["title"]
        bump(PAGES)
        assert links(home, request)[0]["title"] == "Renamed"
