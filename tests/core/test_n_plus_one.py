"""N+1 queries fail the tests: the harness is on in a test's body, in a request and in a task.

Each test makes a real N+1 (a page's locale read one page at a time) and expects
django-zeal to stop it; the same loop with `select_related` passes. If the harness were off
(zeal not installed, its middleware or the conftest fixture gone), these tests would fail.
"""

import threading

import pytest
from zeal import NPlusOneError
from zeal.middleware import zeal_middleware

from django.conf import settings
from django.db import connection
from django.test import RequestFactory

from wagtail.models import Page

from buicasus.celery import app
from buicasus.settings import base

pytestmark = pytest.mark.django_db


def locales_one_by_one():
    return [page.locale.language_code for page in Page.objects.all()]


def locales_joined():
    return [page.locale.language_code for page in Page.objects.select_related("locale")]


@app.task
def locales_task():
    return locales_one_by_one()


def test_an_n_plus_one_in_a_tests_body_fails_it():
    assert Page.objects.count() > 2  # the loaded content: a loop of several pages
    with pytest.raises(NPlusOneError, match=r"wagtailcore\.Page\.locale"):
        locales_one_by_one()
    assert len(locales_joined()) == Page.objects.count()


def test_an_n_plus_one_in_a_task_run_in_place_fails_it():
    with pytest.raises(NPlusOneError, match=r"wagtailcore\.Page\.locale"):
        locales_task.apply()


def test_an_n_plus_one_in_a_request_fails_it_in_a_thread_of_its_own():
    """The middleware watches a request wherever it is served: the browser tests' server thread
    has nothing of the test's own context."""
    assert settings.MIDDLEWARE[0] == "zeal.middleware.zeal_middleware"
    outcomes = {}

    def serve(name, view):
        try:
            outcomes[name] = zeal_middleware(lambda request: view())(RequestFactory().get("/"))
        except NPlusOneError as error:
            outcomes[name] = error
        finally:
            connection.close()

    for name, view in (("one_by_one", locales_one_by_one), ("joined", locales_joined)):
        thread = threading.Thread(target=serve, args=(name, view))
        thread.start()
        thread.join()
    assert isinstance(outcomes["one_by_one"], NPlusOneError)
    assert len(outcomes["joined"]) > 2


def test_production_does_not_load_it():
    """django-zeal is a development requirement: only the test settings name it."""
    assert "zeal" in settings.INSTALLED_APPS
    assert "zeal" not in base.INSTALLED_APPS
    assert not any(name.startswith("zeal") for name in base.MIDDLEWARE)
