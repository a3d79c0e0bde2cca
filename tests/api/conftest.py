import pytest
from rest_framework.test import APIClient


@pytest.fixture
def api(db):
    """An anonymous client of the API, from one address."""
    return APIClient(REMOTE_ADDR="203.0.113.7")
