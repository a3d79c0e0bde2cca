import pytest

from django.core.management import call_command

LANGUAGES = ["sv", "lv", "es", "fr", "en"]


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    """The real content, loaded once for the session; every test runs in a rolled-back transaction."""
    with django_db_blocker.unblock():
        call_command("load_buicasus", stdout=open("/dev/null", "w"))


@pytest.fixture
def languages():
    return list(LANGUAGES)
