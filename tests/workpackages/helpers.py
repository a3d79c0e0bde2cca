"""Shared makers for the tests of the project's work: records, a stored file, staff and a partner."""

from django.core.files.base import ContentFile

from apps.core.i18n import fan_out as translated
from apps.site.models import StandardPage
from apps.workpackages.models import Deliverable, MentoringSession, Milestone, Pilot, WorkPackage
from tests.factories import MembershipFactory, OrganisationFactory, UserFactory

# A minimal PDF: what a staff member would attach to a deliverable.
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def work_package(number: int = 5) -> WorkPackage:
    return WorkPackage.objects.get(number=number)


def work_package_page(number: int = 5) -> StandardPage:
    return StandardPage.objects.get(work_package__number=number)


def deliverable(code: str, *, public: bool, with_file: bool = False, **kwargs) -> Deliverable:
    number = int(code[1 : code.index(".")])
    made = Deliverable(
        code=code,
        work_package=work_package(number),
        is_public=public,
        **translated("title", kwargs.pop("title", f"Deliverable {code}")),
        **kwargs,
    )
    if with_file:
        made.file.save(f"{code}.pdf", ContentFile(PDF), save=False)
    made.save()
    return made


def milestone(number: int, title: str, wp: int = 5, **kwargs) -> Milestone:
    return Milestone.objects.create(
        work_package=work_package(wp), number=number, **translated("title", title), **kwargs
    )


def session(pilot: Pilot, *, public: bool, topics: str, date="2022-05-10", **kwargs) -> MentoringSession:
    return MentoringSession.objects.create(
        pilot=pilot, is_public=public, date=date, **translated("topics", topics), **kwargs
    )


def staff():
    return UserFactory(superuser=True)


def partner():
    user = UserFactory()
    MembershipFactory(user=user, organisation=OrganisationFactory(country="LV"))
    return user
