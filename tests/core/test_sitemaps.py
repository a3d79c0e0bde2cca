import re
from collections import Counter

import pytest

from django.utils import translation

from wagtail.models import Page, PageViewRestriction

from tests.factories import PracticePageFactory
from tests.helpers import sitemap_locations, sitemap_xml

pytestmark = pytest.mark.django_db


def public_urls(languages) -> Counter:
    pages = Page.objects.live().public().exclude(depth=1).specific()
    urls = Counter()
    for page in pages:
        for lang in languages:
            with translation.override(lang):
                urls["http://testserver" + page.get_url()] += 1
    return urls


def test_index_and_children_list_every_public_url_in_every_language_once(client, settings, languages):
    settings.SITEMAP_PAGES_PER_FILE = 10
    index = client.get("/sitemap.xml")
    assert index["Content-Type"].startswith("application/xml")
    children = re.findall(r"<loc>([^<]+)</loc>", index.content.decode())
    assert len(children) > 3
    listed = Counter()
    for child in children:
        xml = client.get(child).content.decode()
        locations = re.findall(r"<url><loc>([^<]+)</loc>", xml)
        assert len(locations) <= 10 * len(languages)
        listed.update(locations)
    assert listed == public_urls(languages)
    assert max(listed.values()) == 1


def test_entries_carry_their_alternates_and_x_default(client):
    PracticePageFactory(title="Harbour Kitchen", slug_sv="hamnkoket")
    xml = sitemap_xml(client)
    entry = re.search(r"<url><loc>http://testserver/sv/goda-exempel/hamnkoket/</loc>.*?</url>", xml).group(0)
    assert 'hreflang="lv" href="http://testserver/lv/laba-prakse/harbour-kitchen/"' in entry
    assert 'hreflang="x-default" href="http://testserver/en/best-practices/harbour-kitchen/"' in entry
    assert "<lastmod>" in entry


def test_a_restricted_page_is_left_out(client, languages):
    about = Page.objects.get(slug_en="about")
    PageViewRestriction.objects.create(page=about, restriction_type="login")
    locations = sitemap_locations(client)
    assert not [url for url in locations if "/about/" in url or "/om-projektet/" in url]
    assert "http://testserver/en/" in locations


def test_a_section_past_the_last_page_is_404(client):
    assert client.get("/sitemap-999999.xml").status_code == 404


def test_robots_txt_points_at_the_index(client):
    response = client.get("/robots.txt")
    assert response["Content-Type"].startswith("text/plain")
    assert "Sitemap: http://testserver/sitemap.xml" in response.content.decode()
    assert "Disallow: /admin/" in response.content.decode()
