"""An engagement is checked, kept with its history and announced in the same transaction; demo data."""

from datetime import date

import pytest

from django.core.exceptions import ValidationError

from apps.projects import events, services
from apps.projects.demo import demo_projects_create, demo_projects_delete
from apps.projects.models import Engagement, EsfProject, SupportOffering

pytestmark = pytest.mark.django_db


def test_engagement_created_is_sent_with_the_id_inside_the_transaction(django_capture_on_commit_callbacks):
    received = []

    def listener(sender, signal, **ids):
        received.append(ids)

    events.engagement_created.connect(listener)
    try:
        with django_capture_on_commit_callbacks(execute=True):
            engagement = services.engagement_create(
                project=EsfProject.objects.get(diary_number="22-018-S01"),
                offering=SupportOffering.objects.get(number=2),
                kind=Engagement.Kind.EVALUATION,
                start_date=date(2024, 5, 1),
            )
            assert received == [{"engagement_id": engagement.pk}]  # before the commit already
    finally:
        events.engagement_created.disconnect(listener)
    assert received == [{"engagement_id": engagement.pk}]
    assert engagement.revisions.count() == 1


def test_an_invalid_engagement_is_refused_and_not_announced(django_capture_on_commit_callbacks):
    received = []
    events.engagement_created.connect(received.append)
    try:
        with django_capture_on_commit_callbacks(execute=True), pytest.raises(ValidationError):
            services.engagement_create(
                project=EsfProject.objects.get(diary_number="22-018-S01"),
                offering=SupportOffering.objects.get(number=2),
                kind="gossip",
                start_date=date(2024, 5, 1),
            )
    finally:
        events.engagement_created.disconnect(received.append)
    assert received == [] and not Engagement.objects.exists()


def test_demo_projects_are_valid_marked_and_removable():
    real = EsfProject.objects.filter(is_demo=False).count()
    assert demo_projects_create(300, seed=3) == 300
    demo = EsfProject.objects.filter(is_demo=True)
    assert demo.count() == 300 and Engagement.objects.filter(is_demo=True).exists()
    for project in demo[:50]:
        project.full_clean()
    assert demo_projects_create(10) == 310
    assert demo_projects_delete() >= 310
    assert EsfProject.objects.filter(is_demo=True).count() == 0
    assert EsfProject.objects.count() == real


def test_seed_demo_adds_and_removes_demo_projects():
    from io import StringIO

    from django.core.management import call_command

    out = StringIO()
    call_command("seed_demo", projects=25, stdout=out)
    assert "Added 25 demo ESF+ projects" in out.getvalue()
    assert EsfProject.objects.filter(is_demo=True).count() == 25
    call_command("seed_demo", remove=True, stdout=out)
    assert EsfProject.objects.filter(is_demo=True).count() == 0
