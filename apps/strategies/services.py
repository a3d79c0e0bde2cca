"""Writes to the national strategies: a strategy's status, and the loader of the public page."""

from django.conf import settings
from django.db import transaction
from django.utils import timezone, translation

from wagtail.models import Site

from apps.core.events import send_event
from apps.core.loading import page_upsert

from . import content, events
from .models import Strategy, StrategyIndexPage


@transaction.atomic
def strategy_status_change(*, strategy: Strategy, status: str, adopted_on=None, user=None) -> Strategy:
    """Move a strategy to another status, as a revision by user; announce it when it is adopted."""
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
    strategy_status_announce(strategy=strategy)
    return strategy


def strategy_status_announce(*, strategy: Strategy) -> None:
    """Tell listeners a strategy was adopted, once the change is committed.

    The admin's forms save through Wagtail's own actions (which keep the revision and the log
    entry) and call this when the status was among the changed fields.
    """
    if strategy.status == Strategy.Status.ADOPTED:
        send_event(events.strategy_adopted, sender=Strategy, strategy_id=strategy.pk)


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
