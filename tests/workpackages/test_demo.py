"""seed_demo's demo deliverables: marked as demo, spread over the work packages, removable."""

import io

import pytest

from django.core.management import call_command

from apps.workpackages.models import Deliverable

pytestmark = pytest.mark.django_db


def test_demo_deliverables_are_added_marked_and_removed_leaving_the_real_one():
    call_command("seed_demo", "--deliverables", "12", stdout=open("/dev/null", "w"))
    demo = Deliverable.objects.filter(is_demo=True)
    assert demo.count() == 12
    assert set(demo.values_list("work_package__number", flat=True)) == {1, 2, 3, 4, 5}
    assert all(title.startswith("Demo deliverable") for title in demo.values_list("title_sv", flat=True))
    for made in demo.all():
        made.full_clean()  # codes follow D<wp>.<n> like real ones
    call_command("seed_demo", "--deliverables", "3", stdout=open("/dev/null", "w"))
    assert demo.count() == 15

    out = io.StringIO()
    call_command("seed_demo", "--remove", stdout=out)
    assert "Removed 15 demo deliverables." in out.getvalue()
    assert list(Deliverable.objects.values_list("code", flat=True)) == ["D5.2"]
