"""The public mapping page leads partners to their entries, with one link for everyone (it is cached)."""

import pytest
from bs4 import BeautifulSoup

from django.urls import reverse
from django.utils import translation

from apps.mapping.models import MappingIndexPage
from tests.helpers import url_in
from tests.partners.factories import PartnerFactory

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("language", ["en", "lv", "fr"])
def test_the_mapping_page_links_to_the_partners_entries_before_the_results(client, page_cache, language):
    index = MappingIndexPage.objects.get()
    with translation.override(language):
        entries = reverse("mapping:entries")
    soup = BeautifulSoup(client.get(url_in(index, language)).content, "html.parser")
    link = soup.select_one(".mapping-partners-link a")
    assert link is not None and link["href"] == entries
    # Prominent: near the top, before the comparison, not an aside at the end.
    assert link.find_next(id="comparison-heading") is not None

    # Anonymous: the link leads to sign-in and back to the entries.
    response = client.get(entries)
    assert response.status_code == 302 and "next=" in response["Location"]

    # The cached copy an anonymous visitor saw is right for a signed-in partner too.
    client.force_login(PartnerFactory())
    soup = BeautifulSoup(client.get(url_in(index, language)).content, "html.parser")
    assert soup.select_one(".mapping-partners-link a")["href"] == entries
    assert client.get(entries).status_code == 200
