"""seed_demo's events: marked as demo, with registrations, removable."""

import pytest

from django.core.management import call_command

from apps.activities.models import Activity, Registration

pytestmark = pytest.mark.django_db


def test_demo_events_come_with_registrations_and_go_away_with_remove():
    real = Activity.objects.count()
    call_command("seed_demo", "--activities", "12", stdout=open("/dev/null", "w"))
    demo = Activity.objects.filter(is_demo=True)
    assert demo.count() == 12
    assert Registration.objects.filter(activity__in=demo).exists()
    assert all(
        email.endswith("@demo.invalid") for email in Registration.objects.values_list("email", flat=True)
    )
    assert all(title.startswith("Demo event") for title in demo.values_list("title_sv", flat=True))
    call_command("seed_demo", "--remove", stdout=open("/dev/null", "w"))
    assert Activity.objects.count() == real
    assert not Registration.objects.exists()
