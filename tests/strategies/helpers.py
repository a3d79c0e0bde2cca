"""Shared makers for the tests of the national strategies: strategies, plans, items, staff and a partner."""

import datetime

from apps.core.i18n import fan_out as translated
from apps.strategies.models import ActionItem, ActionPlan, Strategy, StrategyIndexPage
from tests.partners.factories import MembershipFactory, OrganisationFactory
from tests.users.factories import UserFactory


def index_page() -> StrategyIndexPage:
    return StrategyIndexPage.objects.get()


def strategy(country: str = "SE", *, adopted: bool = True, public: bool = True, **kwargs) -> Strategy:
    if adopted:
        kwargs.setdefault("status", Strategy.Status.ADOPTED)
        kwargs.setdefault("adopted_on", datetime.date(2024, 3, 1))
    return Strategy.objects.create(
        country=country,
        is_public=public,
        **translated("vision", kwargs.pop("vision", "A shared vision")),
        **kwargs,
    )


def plan(of: Strategy, title: str = "First action plan", **kwargs) -> ActionPlan:
    return ActionPlan.objects.create(strategy=of, **translated("title", title), **kwargs)


def item(of: ActionPlan, title: str = "An action", **kwargs) -> ActionItem:
    return ActionItem.objects.create(plan=of, **translated("title", title), **kwargs)


def staff():
    return UserFactory(superuser=True)


def partner():
    user = UserFactory()
    MembershipFactory(user=user, organisation=OrganisationFactory(country="LV"))
    return user
