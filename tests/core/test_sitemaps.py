import re
from collections import Counter

import pytest

from django.utils import translation

from wagtail.models import Page, PageViewRestriction

from tests.helpers import sitemap_locations, sitemap_xml
from tests.practices.factories import PracticePageFactory

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
    # The pages' children are numbered; the records' are named (see the test of records below).
    children = [child for child in children if re.search(r"/sitemap-\d+\.xml$", child)]
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


def test_records_served_below_pages_are_listed_in_every_language_and_private_ones_are_not(client, languages):
    from apps.projects.models import EsfProject
    from tests.activities.factories import ActivityFactory
    from tests.capacity.factories import HubItemFactory

    HubItemFactory(slug="impact-canvas")
    HubItemFactory(slug="draft-tool", is_public=False)
    ActivityFactory(slug="open-workshop")
    ActivityFactory(slug="closed-meeting", is_public=False)
    EsfProject.objects.filter(diary_number="22-018-S01").update(is_public=True)
    children = sitemap_locations(client, children_only=True)
    assert "http://testserver/sitemap-tools-1.xml" in children
    locations = Counter(sitemap_locations(client))
    hub = {"en": "knowledge-hub", "sv": "kunskapsnav", "lv": "zinasanu-centrs"}
    for lang, slug in hub.items():
        assert locations[f"http://testserver/{lang}/{slug}/impact-canvas/"] == 1
    assert locations["http://testserver/en/esf-register/22-018-s01/"] == 1
    assert sum(1 for url in locations if url.endswith("/open-workshop/")) == len(languages)
    assert not [url for url in locations if "draft-tool" in url or "closed-meeting" in url]
    xml = client.get("http://testserver/sitemap-tools-1.xml").content.decode()
    entry = re.search(r"<url><loc>http://testserver/sv/kunskapsnav/impact-canvas/</loc>.*?</url>", xml).group(
        0
    )
    assert 'hreflang="x-default" href="http://testserver/en/knowledge-hub/impact-canvas/"' in entry
    assert "<lastmod>" in entry
    # Every listed record answers.
    for url in locations:
        if "/knowledge-hub/" in url or "/esf-register/" in url or url.endswith("/open-workshop/"):
            assert client.get(url).status_code == 200, url
    assert client.get("/sitemap-tools-2.xml").status_code == 404
    assert client.get("/sitemap-nothing-1.xml").status_code == 404


def test_a_record_source_without_a_live_page_lists_nothing(client):
    from apps.capacity.models import KnowledgeHubPage
    from tests.capacity.factories import HubItemFactory

    HubItemFactory(slug="impact-canvas")
    KnowledgeHubPage.objects.get().unpublish()
    assert "http://testserver/sitemap-tools-1.xml" not in sitemap_locations(client, children_only=True)
    assert client.get("/sitemap-tools-1.xml").status_code == 404
