"""Makers for the register's tests: valid projects, and the register page's address."""

import itertools
from datetime import date
from decimal import Decimal

from django.utils import translation

from apps.projects.models import EsfProject, EsfRegisterPage

_numbers = itertools.count(1)


def project_values(**changes) -> dict:
    number = next(_numbers)
    return {
        "diary_number": f"23-{number // 100 % 1000:03d}-S{number % 100:02d}",
        "name": f"Test project {number}",
        "owner": "Region Skåne",
        "owner_organisation_number": "2321000255",
        "country": "SE",
        "fund": "ESF+",
        "programme_cci": "2021SE05SFPR001",
        "start_date": date(2023, 1, 1),
        "end_date": date(2099, 12, 31),
        "eu_cofinancing_rate": Decimal("60.00"),
        "programme_area": "B",
        "specific_objective": "B1",
        "region": "Sydsverige",
        "nuts2_code": "SE22",
        "intervention_type": "136",
        "participant_count": 40,
        **changes,
    }


def project_create(**changes) -> EsfProject:
    project = EsfProject(**project_values(**changes))
    project.full_clean()
    project.save()
    return project


def register_url(language="en") -> str:
    with translation.override(language):
        return EsfRegisterPage.objects.get().get_url()
