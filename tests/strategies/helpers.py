"""What the tests of the national strategies share besides their factories: the strategies' page."""

from apps.strategies.models import StrategyIndexPage


def index_page() -> StrategyIndexPage:
    return StrategyIndexPage.objects.get()
