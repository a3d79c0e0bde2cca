import pytest

from django.test import Client

from apps.practices.models import PracticePage
from tests.helpers import csrf_token, html_of, url_in
from tests.practices.factories import PracticePageFactory
from tests.practices.helpers import facet_count, results_heading

pytestmark = pytest.mark.django_db

LISTING = "/en/best-practices/?country=SE"


def test_anonymous_pages_are_served_from_the_cache(client, page_cache, django_assert_num_queries):
    assert client.get(LISTING)["X-Page-Cache"] == "miss"
    with django_assert_num_queries(0):
        response = client.get(LISTING)
    assert response["X-Page-Cache"] == "hit"
    assert results_heading(response) == "10 cases"


def test_publish_unpublish_and_edit_show_at_once(client, page_cache, django_capture_on_commit_callbacks):
    assert results_heading(client.get(LISTING)) == "10 cases"
    with django_capture_on_commit_callbacks(execute=True):
        case = PracticePageFactory(title="Fresh Swedish case", country="SE")
    response = client.get(LISTING)
    assert response["X-Page-Cache"] == "miss"
    assert results_heading(response) == "11 cases" and facet_count(response, "Sweden") == 11
    assert "Fresh Swedish case" in response.content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        case.title = case.title_en = "Renamed Swedish case"
        case.save_revision().publish()
    assert "Renamed Swedish case" in client.get(LISTING).content.decode()

    with django_capture_on_commit_callbacks(execute=True):
        PracticePage.objects.get(pk=case.pk).unpublish()
    response = client.get(LISTING)
    assert results_heading(response) == "10 cases" and facet_count(response, "Sweden") == 10
    assert "Renamed Swedish case" not in response.content.decode()


def test_a_form_on_a_cached_page_submits_and_no_token_or_message_is_shared(page_cache, case):
    url = url_in(case, "en")
    first, second = Client(enforce_csrf_checks=True), Client(enforce_csrf_checks=True)
    first_page = first.get(url)
    second_page = second.get(url)
    assert (first_page["X-Page-Cache"], second_page["X-Page-Cache"]) == ("miss", "hit")
    first_token = csrf_token(first_page)
    second_token = csrf_token(second_page)
    assert first_token != second_token and "placeholder" not in second_token
    assert "private" in second_page["Cache-Control"]

    answer = second.post(
        url,
        {
            "name": "Jonas",
            "email": "jonas@example.se",
            "message": "Vi vill pröva modellen i Umeå tillsammans med kommunen.",
            "csrfmiddlewaretoken": second_token,
        },
        REMOTE_ADDR="10.7.7.7",
    )
    assert answer.status_code == 302
    thanked = second.get(url)
    assert thanked.get("X-Page-Cache") is None  # a visitor with a message is never served from the cache
    assert "Thank you" in thanked.content.decode()
    again = first.get(url)
    assert again["X-Page-Cache"] == "hit"
    assert "Thank you" not in again.content.decode()


def test_logged_in_users_bypass_the_cache(client, page_cache, admin_user):
    client.get(LISTING)
    client.force_login(admin_user)
    assert client.get(LISTING).get("X-Page-Cache") is None


def test_a_first_visitors_junk_parameters_never_reach_later_visitors_links(page_cache):
    """The cache key leaves out parameters no page uses; the links the stored page carries must too."""
    first = Client().get("/en/best-practices/?utm_campaign=spring-mail&country=FR&fbclid=abc")
    later = Client().get("/en/best-practices/?country=FR")
    assert (first["X-Page-Cache"], later["X-Page-Cache"]) == ("miss", "hit")
    for response in (first, later):
        page = html_of(response)
        links = [a["href"] for a in page.select(".language-switcher a")]
        assert len(links) == 5
        links += [link["href"] for link in page.select('link[rel="alternate"][hreflang]')]
        assert all(link.endswith("?country=FR") for link in links), links
        assert "spring-mail" not in response.content.decode() and "fbclid" not in response.content.decode()
