"""Journeys through the portal in a real browser (Debian's Chromium driven by Playwright)."""

import re

import pytest

from django.db import DEFAULT_DB_ALIAS, connections

# django_db makes pytest-django create the test database; the server thread reads what the
# session committed there, outside the tests' own transactions.
pytestmark = [pytest.mark.e2e, pytest.mark.django_db]


def test_keyboard_reader_skips_to_content_and_switches_language(page, portal_url):
    page.goto(f"{portal_url}/en/about/")
    page.keyboard.press("Tab")
    skip = page.locator("a.skip-link")
    assert skip.evaluate("element => element === document.activeElement")
    assert skip.is_visible()
    page.keyboard.press("Enter")
    assert page.evaluate("document.activeElement.id") == "main"
    page.get_by_role("navigation", name="Choose language").get_by_role("link", name="latviešu").click()
    assert page.url == f"{portal_url}/lv/par-projektu/"
    assert page.locator("html").get_attribute("lang") == "lv"
    assert page.csp_violations == []


def test_facets_and_sort_work_from_the_keyboard(page, portal_url):
    page.goto(f"{portal_url}/sv/goda-exempel/")
    heading = page.locator("#results-heading")
    assert heading.inner_text() == "35 exempel"
    link = page.locator(".facet__option", has_text="Lettland")
    link.focus()
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"country=LV"))
    assert heading.inner_text() == "4 exempel"
    assert page.locator(".facet__option--active", has_text="Lettland").count() == 1
    # With JavaScript the sort menu applies itself, and its button is hidden.
    assert page.get_by_role("button", name="Sortera").is_hidden()
    page.select_option("#sort", "title")
    page.wait_for_url(re.compile(r"sort=title"))
    titles = page.locator(".practice-card h3").all_inner_texts()
    assert titles == sorted(titles)
    assert page.csp_violations == []


def test_search_highlights_the_match(page, portal_url):
    page.goto(f"{portal_url}/en/best-practices/")
    page.fill("#practice-q", "Vinnova")
    page.keyboard.press("Enter")
    page.wait_for_url(re.compile(r"q=Vinnova"))
    assert page.locator(".practice-card mark").first.inner_text() == "Vinnova"


def test_replication_form_keeps_input_and_thanks_the_visitor(page, portal_url):
    page.goto(f"{portal_url}/es/buenas-practicas/cap-impact/")
    page.fill("#id_name", "Lucía Pérez")
    page.fill("#id_email", "lucia@example")
    page.fill("#id_message", "Corto")
    page.get_by_role("button", name="Enviar").click()
    assert page.locator("#id_name").input_value() == "Lucía Pérez"
    assert page.locator("#id_email_error").is_visible()
    page.fill("#id_email", "lucia@example.es")
    page.fill("#id_message", "Queremos replicar este programa en Valencia con tres cooperativas.")
    page.get_by_role("button", name="Enviar").click()
    assert "Gracias" in page.locator(".messages").inner_text()
    # The server committed the request on a connection of its own; remove it the same way.
    own = connections.create_connection(DEFAULT_DB_ALIAS)
    try:
        with own.cursor() as cursor:
            cursor.execute("DELETE FROM practices_replicationrequest WHERE email = %s", ["lucia@example.es"])
            assert cursor.rowcount == 1
    finally:
        own.close()


# The elements that reach past the right edge of the screen, outside any scrolling region.
WIDER_THAN_THE_SCREEN = """
[...document.querySelectorAll('body *')]
  .filter(el => el.getBoundingClientRect().right > window.innerWidth + 1
    || (el.children.length === 0 && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0))
  .filter(el => {
    for (let up = el.parentElement; up; up = up.parentElement) {
      if (['auto', 'scroll', 'hidden'].includes(getComputedStyle(up).overflowX)) return false;
    }
    return true;
  })
  .slice(0, 5)
  .map(el => el.tagName + '.' + el.className + ': ' + (el.textContent || '').trim().slice(0, 40))
"""


def test_phone_width_has_no_horizontal_scroll(browser, portal_url):
    context = browser.new_context(viewport={"width": 360, "height": 740})
    page = context.new_page()
    page.goto(f"{portal_url}/fr/")
    # Every page of the main menu (the register, the mapping, events, the hub, …), and a few below.
    menu = page.eval_on_selector_all(".main-nav a", "links => links.map(link => link.getAttribute('href'))")
    below = [
        "/fr/bonnes-pratiques/cap-impact/",
        "/fr/registre-fse/22-018-s01/",
        "/fr/cartographie-ecosysteme/suede/",
    ]
    for path in [*menu, *below]:
        response = page.goto(portal_url + path)
        assert response.status == 200, path
        wide = page.evaluate(WIDER_THAN_THE_SCREEN)
        assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth"), (path, wide)
    context.close()


def test_on_a_phone_results_come_first_and_filters_fold_behind_a_control(browser, portal_url):
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    page.goto(f"{portal_url}/en/best-practices/?country=SE")
    toggle = page.locator(".filters__toggle")
    assert toggle.inner_text() == "Filters (1 active)"
    option = page.locator(".facet__option", has_text="Latvia")
    assert option.is_hidden()
    first_card = page.locator(".practice-card").first.bounding_box()
    assert first_card["y"] < 844, "the first result is on the first screen"
    toggle.focus()
    page.keyboard.press("Enter")
    assert option.is_visible()
    option.click()
    page.wait_for_url(re.compile(r"country=LV"))
    assert page.locator(".filters__toggle").inner_text() == "Filters (2 active)"
    context.close()


def test_on_a_wide_screen_the_facets_show_without_a_control(page, portal_url):
    page.goto(f"{portal_url}/en/best-practices/")
    assert page.locator(".filters__toggle").is_hidden()
    assert page.locator(".facet__option", has_text="Latvia").is_visible()
