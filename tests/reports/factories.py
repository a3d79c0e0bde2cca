"""Factories of the reports: requests for a report, and the staff who may order and watch them."""

import factory

from django.contrib.auth.models import Group, Permission

from apps.reports.models import ReportRequest
from tests.users.factories import UserFactory


class ReportRequestFactory(factory.django.DjangoModelFactory):
    """A request for the mapping's report as an English PDF."""

    kind = "mapping"
    language = "en"
    format = "pdf"
    fingerprint = "f" * 64

    class Meta:
        model = ReportRequest


class ReportStaffFactory(UserFactory):
    """A member of staff who may use the admin and holds the reports' `permissions` (codenames), no more."""

    is_staff = True
    preferred_language = "en"

    class Meta:
        skip_postgeneration_save = True

    @factory.post_generation
    def permissions(user, create, codenames, **kwargs):
        if not create:
            return
        codenames = tuple(codenames or ())
        group, _created = Group.objects.get_or_create(name=f"Report staff {'-'.join(codenames) or 'none'}")
        group.permissions.add(
            Permission.objects.get(codename="access_admin"),
            *Permission.objects.filter(content_type__app_label="reports", codename__in=codenames),
        )
        user.groups.add(group)
