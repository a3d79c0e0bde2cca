"""A subscription sent after the session expired comes back filled in, and can be sent again."""

import pytest

from django.test import Client
from django.urls import reverse
from django.utils import translation

from apps.notifications.models import Subscriber
from tests.helpers import csrf_token, html_of
from tests.vocabulary.factories import ThemeFactory

pytestmark = pytest.mark.django_db


def test_a_subscription_refused_for_its_csrf_token_keeps_the_address_and_choices():
    theme = ThemeFactory(code="food", name="Food")
    with translation.override("sv"):
        url = reverse("notifications:subscribe")
    data = {
        "email": "lasare@example.se",
        "language": "sv",
        "countries": ["LV", "SE"],
        "themes": [str(theme.pk)],
        "frequency": "daily",
    }
    reader = Client(enforce_csrf_checks=True)
    response = reader.post(url, data)
    assert response.status_code == 403
    page = html_of(response)
    assert "Din session hade gått ut" in page.get_text()
    assert page.select_one('input[name="email"]')["value"] == "lasare@example.se"
    assert sorted(box["value"] for box in page.select('input[name="countries"][checked]')) == ["LV", "SE"]
    assert [box["value"] for box in page.select('input[name="themes"][checked]')] == [str(theme.pk)]
    assert page.select_one('input[name="frequency"][checked]')["value"] == "daily"
    assert page.select_one('select[name="language"] option[selected]')["value"] == "sv"
    assert not Subscriber.objects.exists()

    again = reader.post(url, {**data, "csrfmiddlewaretoken": csrf_token(response)})
    assert again.status_code == 302
    assert Subscriber.objects.filter(email="lasare@example.se").exists()
