"""seed_demo's mapping data: marked as demo, in every state, removable."""

import pytest

from django.core.management import call_command

from apps.mapping.models import EntryStatus, MappingEntry, Score
from apps.partners.models import Organisation

pytestmark = pytest.mark.django_db


def test_demo_entries_come_in_every_state_and_go_away_with_remove():
    call_command("seed_demo", "--entries", "40", stdout=open("/dev/null", "w"))
    entries = MappingEntry.objects.filter(is_demo=True)
    assert entries.filter(status=EntryStatus.APPROVED).count() == 40
    assert set(entries.values_list("status", flat=True)) == set(EntryStatus.values)
    assessments = entries.filter(kind=MappingEntry.Kind.ASSESSMENT)
    assert Score.objects.filter(entry__in=assessments).count() == assessments.count() * 10
    assert set(entries.values_list("organisation__slug", flat=True)) <= {
        slug for slug in Organisation.objects.values_list("slug", flat=True) if slug.startswith("demo-")
    }
    call_command("seed_demo", "--remove", stdout=open("/dev/null", "w"))
    assert not MappingEntry.objects.filter(is_demo=True).exists()
    assert not Organisation.objects.filter(slug__startswith="demo-").exists()
