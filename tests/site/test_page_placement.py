"""The domains' pages stand where the site accepts them, though no domain names the site."""

import pytest
from zeal import zeal_ignore

from django.apps import apps

from wagtail.models import Page

from apps.core.web.placement import HostedPageMixin
from apps.site.models import HomePage, StandardPage
from apps.workpackages.models import PilotPage
from tests.site.factories import StandardPageFactory, home_page

pytestmark = pytest.mark.django_db

HOSTED = sorted(
    (model for model in apps.get_models() if issubclass(model, HostedPageMixin)),
    key=lambda model: model._meta.label,
)
INDEX_PAGES = [model for model in HOSTED if model is not PilotPage]


def test_every_domain_index_page_is_hosted():
    assert {model._meta.label for model in INDEX_PAGES} == {
        "activities.ActivityIndexPage",
        "capacity.KnowledgeHubPage",
        "mapping.MappingIndexPage",
        "practices.PracticeIndexPage",
        "projects.EsfRegisterPage",
        "strategies.StrategyIndexPage",
        # Not a domain's, but hosted the same way: the open data's page, offered by its manifest.
        "opendata.OpenDataPage",
    }


@pytest.mark.parametrize("model", INDEX_PAGES, ids=lambda model: model._meta.label)
def test_a_domain_index_page_can_be_created_below_the_home_page_and_nowhere_else(model):
    home = home_page()
    # The loaded content has the one page the type allows; without it, one may be created.
    # Deleting a page with children asks for each child's aliases: clean-up, not what is tested.
    with zeal_ignore([{"model": "wagtailcore.Page", "field": "aliases"}]):
        model.objects.all().delete()
    assert model.can_create_at(home)
    assert model in HomePage.allowed_subpage_models()
    assert not model.can_create_at(Page.get_first_root_node())
    assert not model.can_create_at(StandardPageFactory())
    assert set(model.allowed_parent_page_models()) == {HomePage}


def test_a_pilot_page_stands_below_a_standard_page_not_at_the_root():
    assert PilotPage.can_create_at(StandardPageFactory())
    assert StandardPage in PilotPage.allowed_parent_page_models()
    assert not PilotPage.can_create_at(Page.get_first_root_node())
