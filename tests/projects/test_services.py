"""An engagement is checked and kept with its history; demo data."""

from datetime import date

import pytest

from django.core.exceptions import ValidationError

from apps.projects import services
from apps.projects.demo import demo_projects_create, demo_projects_delete
from apps.projects.models import Engagement, EsfProject, SupportOffering

pytestmark = pytest.mark.django_db


def test_an_engagement_is_kept_with_its_first_revision():
    engagement = services.engagement_create(
        project=EsfProject.objects.get(diary_number="22-018-S01"),
        offering=SupportOffering.objects.get(number=2),
        kind=Engagement.Kind.EVALUATION,
        start_date=date(2024, 5, 1),
    )
    assert Engagement.objects.get() == engagement
    assert engagement.revisions.count() == 1


def test_an_invalid_engagement_is_refused():
    with pytest.raises(ValidationError):
        services.engagement_create(
            project=EsfProject.objects.get(diary_number="22-018-S01"),
            offering=SupportOffering.objects.get(number=2),
            kind="gossip",
            start_date=date(2024, 5, 1),
        )
    assert not Engagement.objects.exists()


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
