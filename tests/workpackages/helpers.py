"""What the tests of the project's work share besides their factories: a work package's page."""

from apps.site.models import StandardPage


def work_package_page(number: int = 5) -> StandardPage:
    return StandardPage.objects.get(work_package__number=number)
