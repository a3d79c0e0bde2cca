"""What a strategy does not state yet: readers see "to be announced", or nothing where blank reads better."""

import pytest

from tests.helpers import html_of, url_in
from tests.strategies.factories import ActionItemFactory, ActionPlanFactory, StrategyFactory
from tests.strategies.helpers import index_page

pytestmark = pytest.mark.django_db

NOT_GIVEN = {
    "en": "not given in the sources",
    "sv": "anges inte i källorna",
    "lv": "avotos nav norādīts",
    "es": "no consta en las fuentes",
    "fr": "non précisé dans les sources",
}
TO_BE_ANNOUNCED = {
    "en": "To be announced",
    "sv": "Meddelas senare",
    "lv": "Tiks paziņots vēlāk",
    "es": "Por confirmar",
    "fr": "À confirmer",
}


def test_an_action_item_without_owner_or_date_is_to_be_announced_and_empty_sections_are_left_out(
    client, languages
):
    made = StrategyFactory(country="LV", vision="A centre in every region")
    ActionItemFactory(
        plan=ActionPlanFactory(strategy=made, title="Found the centre"), title="Draft the statutes"
    )
    for lang in languages:
        page = html_of(client.get(f"{url_in(index_page(), lang)}lv/"))
        row = page.select_one("table.strategy__items tbody tr")
        cells = [cell.get_text(strip=True) for cell in row.select("td")]
        assert cells[:2] == [TO_BE_ANNOUNCED[lang]] * 2, lang
        assert NOT_GIVEN[lang] not in page.get_text(), lang
        assert page.select('section[aria-labelledby="criteria-heading"]') == []
        assert page.select('section[aria-labelledby="services-heading"]') == []
