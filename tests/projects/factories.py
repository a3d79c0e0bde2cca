"""Factories of the ESF+ project register and of the centre's engagements with its projects."""

from datetime import date
from decimal import Decimal

import factory

from apps.projects.models import Engagement, EsfProject, SupportOffering


class EsfProjectFactory(factory.django.DjangoModelFactory):
    """A valid Swedish project of Region Skåne, checked by the model's own validation before it is saved."""

    diary_number = factory.Sequence(lambda n: f"23-{(n + 1) // 100 % 1000:03d}-S{(n + 1) % 100:02d}")
    name = factory.Sequence(lambda n: f"Test project {n + 1}")
    owner = "Region Skåne"
    owner_organisation_number = "2321000255"
    country = "SE"
    fund = "ESF+"
    programme_cci = "2021SE05SFPR001"
    start_date = date(2023, 1, 1)
    end_date = date(2099, 12, 31)
    eu_cofinancing_rate = Decimal("60.00")
    programme_area = "B"
    specific_objective = "B1"
    region = "Sydsverige"
    nuts2_code = "SE22"
    intervention_type = "136"
    participant_count = 40

    class Meta:
        model = EsfProject

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        project = model_class(*args, **kwargs)
        project.full_clean()
        project.save()
        return project


class EngagementFactory(factory.django.DjangoModelFactory):
    """The centre's coaching of a new project under its first support offering, from 1 January 2025.

    Stored as it is; to engage a project as staff do (checks, revision), use the services.
    """

    project = factory.SubFactory(EsfProjectFactory)
    offering = factory.LazyFunction(lambda: SupportOffering.objects.get(number=1))
    kind = Engagement.Kind.COACHING
    start_date = date(2025, 1, 1)

    class Meta:
        model = Engagement
