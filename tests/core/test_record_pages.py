"""The record index page of the kernel: each app's page names its selector and views, and serves them."""

import inspect

import pytest

from django.apps import apps
from django.utils import translation

from apps.activities.models import ActivityIndexPage
from apps.capacity.models import KnowledgeHubPage
from apps.core.web.record_pages import RecordIndexPage
from apps.projects.models import EsfProject, EsfRegisterPage
from apps.strategies.models import StrategyIndexPage

pytestmark = pytest.mark.django_db

RECORD_PAGES = [KnowledgeHubPage, StrategyIndexPage, ActivityIndexPage, EsfRegisterPage]


def test_the_record_pages_of_the_apps_are_the_kernels():
    found = {model for model in apps.get_models() if issubclass(model, RecordIndexPage)}
    assert found == set(RECORD_PAGES)


@pytest.mark.parametrize("model", RECORD_PAGES, ids=lambda model: model.__name__)
def test_a_record_page_names_a_selector_and_views_of_its_own_app(model):
    page = model()
    selector = page.app_function("selectors", model.record_selector)
    assert len(inspect.signature(selector).parameters) >= 1
    assert len(inspect.signature(page.app_function("views", model.index_view)).parameters) == 2
    assert len(inspect.signature(page.app_function("views", model.record_view)).parameters) == 3
    for name in model.path_views.values():
        assert len(inspect.signature(page.app_function("views", name)).parameters) == 2
    assert selector.__module__ == f"{model._meta.app_config.name}.selectors"


@pytest.mark.parametrize("model", RECORD_PAGES, ids=lambda model: model.__name__)
def test_a_record_page_stands_alone_and_has_no_children(model):
    assert model.max_count == 1
    assert model.allowed_subpage_models() == []
    assert [field.name for field in model._meta.get_fields() if field.name == "intro"] == ["intro"]


def test_the_register_serves_its_list_a_record_its_csv_and_a_404_below_it(client):
    EsfProject.objects.filter(diary_number="22-018-S01").update(is_public=True)
    with translation.override("en"):
        url = EsfRegisterPage.objects.get().get_url()
    listing = client.get(url)
    assert listing.status_code == 200
    assert "22-018-S01" in listing.content.decode()
    record = client.get(f"{url}22-018-s01/")
    assert record.status_code == 200
    assert record.context["project"].diary_number == "22-018-S01"
    csv = client.get(f"{url}csv/")
    assert csv.status_code == 200
    assert csv["Content-Type"].startswith("text/csv")
    assert client.get(f"{url}no-such-project/").status_code == 404


def test_an_event_below_the_calendar_is_kept_on_the_request_for_a_csrf_failure(rf):
    from tests.activities.factories import ActivityFactory

    activity = ActivityFactory()
    page = ActivityIndexPage.objects.get()
    request = rf.get("/")
    with translation.override("en"):
        routed = page.route(request, [activity.slug])
    assert routed.args[0].pk == activity.pk
    assert request.activity_slug == activity.slug
