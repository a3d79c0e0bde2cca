"""The mapping comparison on a phone (390 px): a chart whose labels can be read, a table that scrolls."""

import pytest

from apps.mapping.demo import demo_entries_create, demo_entries_delete
from apps.mapping.models import MappingIndexPage
from tests.e2e.helpers import committed
from tests.helpers import url_in

pytestmark = [pytest.mark.e2e, pytest.mark.django_db]

# Every text of the chart: its drawn font size in CSS pixels, and whether it lies inside the chart.
CHART_TEXTS = """svg => {
  const box = svg.getBoundingClientRect();
  const scale = svg.getScreenCTM().a;
  return [...svg.querySelectorAll("text")].map(text => {
    const drawn = text.getBoundingClientRect();
    return {
      text: text.textContent,
      size: parseFloat(text.getAttribute("font-size")) * scale,
      inside: drawn.left >= box.left - 0.5 && drawn.right <= box.right + 0.5
        && drawn.top >= box.top - 0.5 && drawn.bottom <= box.bottom + 0.5,
    };
  });
}"""


@pytest.fixture
def scores():
    committed(lambda: demo_entries_create(count=12))
    yield
    committed(demo_entries_delete)


@pytest.mark.parametrize("language", ["lv", "fr", "en"])
def test_on_a_phone_the_comparison_is_readable_and_its_table_scrolls(browser, portal_url, scores, language):
    path = committed(lambda: url_in(MappingIndexPage.objects.get(), language))
    context = browser.new_context(viewport={"width": 390, "height": 844})
    page = context.new_page()
    assert page.goto(portal_url + path).status == 200
    texts = page.eval_on_selector("svg.comparison-chart", CHART_TEXTS)
    labels = [text for text in texts if text["text"].strip()]
    assert len(labels) > 40
    for text in labels:
        assert text["size"] >= 11, f"“{text['text']}” is drawn {text['size']:.1f} px high"
        assert text["inside"], f"“{text['text']}” is cut by the chart's edge"
    assert page.evaluate("document.documentElement.scrollWidth <= window.innerWidth")
    # The table scrolls in its own region: labelled, described by a visible hint, reachable by keyboard.
    region = page.locator(".table-scroll:has(#comparison-table)")
    assert region.evaluate("element => element.scrollWidth > element.clientWidth")
    assert page.locator(f"#{region.get_attribute('aria-describedby')}").is_visible()
    assert region.get_attribute("role") == "region" and region.get_attribute("aria-labelledby")
    region.focus()
    assert region.evaluate("element => document.activeElement === element")
    page.keyboard.press("ArrowRight")
    page.keyboard.press("ArrowRight")
    # Chromium scrolls smoothly: the scroll is awaited, and fails the test if it never comes.
    region.evaluate("element => new Promise(done => setTimeout(done, 500))")
    assert region.evaluate("element => element.scrollLeft > 0"), "the arrow keys scroll the table"
    # The caption and the criterion column stay in view while the numbers scroll.
    caption = page.locator("#comparison-caption").bounding_box()
    assert caption["x"] >= 0 and caption["x"] + caption["width"] <= 390
    first = page.locator("#comparison-table tbody th").first
    assert first.bounding_box()["x"] >= 0
    context.close()
