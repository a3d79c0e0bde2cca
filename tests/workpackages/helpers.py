"""What the tests of the project's work share: a work package's page, and makers other tests still call."""

from apps.site.models import StandardPage
from tests.partners.factories import PartnerFactory
from tests.users.factories import UserFactory

# Still imported from here by tests of other apps; the records' factories live in factories.py.
from tests.workpackages.factories import PDF, DeliverableFactory, work_package  # noqa: F401


def work_package_page(number: int = 5) -> StandardPage:
    return StandardPage.objects.get(work_package__number=number)


def deliverable(code: str, *, public: bool, with_file: bool = False, **kwargs):
    """A deliverable, for the tests that still call this rather than DeliverableFactory."""
    return DeliverableFactory(code=code, is_public=public, with_file=with_file, **kwargs)


def staff():
    return UserFactory(superuser=True)


def partner():
    return PartnerFactory()
