"""The main menu in a real browser with JavaScript off: every item reachable on a phone and a wide screen."""

import re

import pytest

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

ITEMS = ".main-nav li a"


@pytest.fixture
def phone(browser):
    context = browser.new_context(viewport={"width": 390, "height": 844}, java_script_enabled=False)
    yield context.new_page()
    context.close()


@pytest.fixture
def wide(browser):
    context = browser.new_context(viewport={"width": 1366, "height": 900}, java_script_enabled=False)
    yield context.new_page()
    context.close()


def test_on_a_phone_the_menu_opens_from_the_keyboard_and_shows_every_item(phone, portal_url):
    phone.goto(f"{portal_url}/en/")
    items = phone.locator(ITEMS)
    count = items.count()
    assert count >= 8, "home and the pages of the menu"
    toggle = phone.locator("summary.main-nav__toggle")
    assert toggle.is_visible() and toggle.inner_text().strip().endswith("Menu")
    # Closed, nothing hides half the items: they are all folded behind the one visible control.
    assert [items.nth(i).is_visible() for i in range(count)] == [False] * count
    # Tab through the header until the control has the focus, then open it with Enter.
    for _ in range(20):
        phone.keyboard.press("Tab")
        if toggle.evaluate("element => element === document.activeElement"):
            break
    else:
        pytest.fail("the Menu control cannot be reached with the Tab key")
    phone.keyboard.press("Enter")
    assert phone.locator("details.main-nav__menu").get_attribute("open") is not None
    for i in range(count):
        item = items.nth(i)
        assert item.is_visible(), item.inner_text()
        box = item.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 390, item.inner_text()
        item.click(trial=True)  # nothing covers it: a tap would reach it
    assert phone.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    # The next Tab goes to the first item, and the last item opens its page.
    phone.keyboard.press("Tab")
    assert items.first.evaluate("element => element === document.activeElement")
    last = items.nth(count - 1)
    href = last.get_attribute("href")
    last.click()
    phone.wait_for_url(re.compile(re.escape(href) + "$"))


def test_in_french_the_control_is_named_in_french(phone, portal_url):
    phone.goto(f"{portal_url}/fr/")
    assert phone.locator("summary.main-nav__toggle").inner_text().strip().endswith("Menu")
    phone.goto(f"{portal_url}/sv/")
    assert phone.locator("summary.main-nav__toggle").inner_text().strip().endswith("Meny")


def test_on_a_wide_screen_every_item_shows_without_opening_anything(wide, portal_url):
    wide.goto(f"{portal_url}/en/best-practices/")
    assert wide.locator("summary.main-nav__toggle").is_hidden()
    assert wide.locator("details.main-nav__menu").get_attribute("open") is None
    items = wide.locator(ITEMS)
    assert items.count() >= 8
    for i in range(items.count()):
        assert items.nth(i).is_visible(), items.nth(i).inner_text()
        items.nth(i).click(trial=True)
    current = wide.locator('.main-nav a[aria-current="page"]')
    assert current.inner_text() == "Best practices"
