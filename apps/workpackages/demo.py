"""Synthetic deliverables for scale tests of the work-package pages, marked `is_demo`.

Titled "Demo deliverable N", they are spread over the five work packages, half of them public,
with codes D<wp>.<n> numbered from 901 so they never take a code a real deliverable may need.
"""

from django.db import transaction

from apps.core.demo_data import demo_delete, demo_total
from apps.core.i18n import fan_out

from .models import Deliverable, WorkPackage

FIRST_DEMO_NUMBER = 901


@transaction.atomic
def demo_deliverables_create(count: int, *, seed: int = 1, batch_size: int = 2000) -> int:
    """count demo deliverables more; returns how many there are in all. They are numbered in
    turn, so seed changes nothing."""
    work_packages = list(WorkPackage.objects.order_by("number"))
    if not work_packages:
        raise ValueError("Load the real content first: there are no work packages.")
    start = Deliverable.objects.filter(is_demo=True).count()
    batch = []
    for index in range(start, start + count):
        work_package = work_packages[index % len(work_packages)]
        number = FIRST_DEMO_NUMBER + index // len(work_packages)
        title = f"Demo deliverable {index + 1}"
        batch.append(
            Deliverable(
                code=f"D{work_package.number}.{number}",
                work_package=work_package,
                status=Deliverable.Status.values[index % len(Deliverable.Status.values)],
                is_public=index % 2 == 0,
                is_demo=True,
                **fan_out("title", title),
            )
        )
    Deliverable.objects.bulk_create(batch, batch_size=batch_size)
    return demo_total(Deliverable)


@transaction.atomic
def demo_deliverables_delete() -> int:
    return demo_delete(Deliverable)
