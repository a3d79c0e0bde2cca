"""Writes to the national strategies: a strategy's status, and the loader of the public page."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation

from wagtail.models import Site

from apps.core.loading import page_upsert

from . import content
from .models import Strategy, StrategyIndexPage


@transaction.atomic
def strategy_status_change(*, strategy: Strategy, status: str, adopted_on=None, user=None) -> Strategy:
    """Move a strategy to another status, as a revision by user."""
    if strategy.status == status:
        return strategy
    strategy.status = status
    if status == Strategy.Status.ADOPTED:
        strategy.adopted_on = adopted_on or strategy.adopted_on or timezone.localdate()
    else:
        strategy.adopted_on = None
    strategy.full_clean()
    strategy.save()
    strategy.save_revision(user=user, log_action=True)
    return strategy


@transaction.atomic
def strategies_load() -> str:
    """The strategies' page below home, in five languages.

    The sources give no strategy, design criterion or action plan, so none is loaded; what
    staff add is theirs to keep.
    """
    home = Site.objects.get(is_default_site=True).root_page
    with translation.override(settings.LANGUAGE_CODE):
        page_upsert(parent=home, model=StrategyIndexPage, entry=content.INDEX, extra={"show_in_menus": True})
    adopted = Strategy.objects.filter(status=Strategy.Status.ADOPTED, is_public=True).count()
    return f"the strategies page and {adopted} adopted public strategies (the sources give none)"
