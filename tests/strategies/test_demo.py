"""seed_demo's demo strategies: one per country, marked as demo, shown as such, removable."""

import io

import pytest

from django.core.management import call_command

from apps.strategies.models import ActionItem, ActionPlan, Strategy
from tests.helpers import html_of, url_in
from tests.strategies.factories import StrategyFactory
from tests.strategies.helpers import index_page

pytestmark = pytest.mark.django_db


def test_demo_strategies_are_added_once_per_country_shown_and_removed_leaving_real_ones(client):
    real = StrategyFactory(country="SE", vision="The real one")
    call_command("seed_demo", "--strategies", stdout=open("/dev/null", "w"))
    call_command("seed_demo", "--strategies", stdout=open("/dev/null", "w"))
    demo = Strategy.objects.filter(is_demo=True)
    assert sorted(demo.values_list("country", flat=True)) == ["ES", "FR", "LV", "SE"]
    for made in demo:
        made.full_clean()
    assert ActionItem.objects.filter(plan__strategy__is_demo=True, is_demo=True).count() == 4 * 2 * 5
    page = html_of(client.get(url_in(index_page(), "en")))
    assert page.select("#no-strategies") == []
    assert "Demo data: this strategy is synthetic." in page.select_one("#country-lv").get_text()

    out = io.StringIO()
    call_command("seed_demo", "--remove", stdout=out)
    assert "Removed 4 demo strategies." in out.getvalue()
    assert list(Strategy.objects.all()) == [real]
    assert not ActionPlan.objects.filter(is_demo=True).exists()
