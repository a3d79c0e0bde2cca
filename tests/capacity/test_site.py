"""WP4's page shows each country's thematic areas, how they were chosen, and the activities on them."""

import pytest

from apps.site.models import StandardPage
from apps.vocabulary.models import SupportArea
from tests.activities.factories import ActivityFactory
from tests.capacity.factories import ThematicSelectionFactory
from tests.helpers import element, html_of, url_in
from tests.vocabulary.factories import ThemeFactory

from .helpers import hub_page

pytestmark = pytest.mark.django_db


def wp4_page() -> StandardPage:
    return StandardPage.objects.get(work_package__number=4)


def test_after_the_load_the_wp4_page_says_the_sources_name_no_thematic_areas(client, languages):
    for lang in languages:
        response = client.get(url_in(wp4_page(), lang))
        assert response.status_code == 200
        assert element(response, "#no-thematic-areas")
        assert element(response, f'.thematic-areas a[href="{url_in(hub_page(), lang)}"]')


def test_a_countrys_areas_show_with_the_process_and_the_activities_tagged_with_them(client):
    themes = [ThemeFactory(code=f"area-{n}", name=f"Area {n}") for n in range(5)]
    ThematicSelectionFactory(
        country="LV", themes=themes[:4], process="Three regional workshops and an open survey."
    )
    ThematicSelectionFactory(country="SE", themes=themes[1:5], is_public=False)
    area = SupportArea.objects.get(code="scaling")
    ActivityFactory(title="Scaling clinic", theme=themes[0], support_area=area, country="LV")
    ActivityFactory(title="Elsewhere", theme=themes[0], country="FR")
    ActivityFactory(title="Other work package", theme=themes[0], country="LV", work_package=2)

    page = html_of(client.get(url_in(wp4_page(), "en")))
    assert page.select("#no-thematic-areas") == []
    assert page.select("#thematic-se") == []
    latvia = page.select_one("#thematic-lv")
    assert "Three regional workshops and an open survey." in latvia.get_text()
    areas = latvia.select(".thematic-country__areas > li")
    assert [area.strong.get_text() for area in areas] == ["Area 0", "Area 1", "Area 2", "Area 3"]
    linked = [link.get_text() for link in areas[0].select(".thematic-country__activities a")]
    assert linked == ["Scaling clinic"]
    card = next(card for card in page.select(".event-card") if "Scaling clinic" in card.get_text())
    assert "Core support area: " + area.name in card.get_text()
    assert "Thematic area: Area 0" in card.get_text()
