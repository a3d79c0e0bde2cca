import pytest

from buicasus.celery import app


@pytest.fixture(autouse=True)
def portal_celery_app():
    """The portal's Celery app as the current one, which shared tasks are sent through.

    Creating any Celery app makes it the current one (tests/core/test_tasks.py makes a probe
    app on a dead broker), so a report queued after such a test would go to that broker.
    """
    app.set_current()
    yield
