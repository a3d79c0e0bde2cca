"""Factories of the events."""

import uuid
from datetime import datetime
from zoneinfo import ZoneInfo

import factory

from apps.activities.models import Activity, Registration
from tests.core.factories import TranslatedModelFactory

RIGA = ZoneInfo("Europe/Riga")


class ActivityFactory(TranslatedModelFactory):
    """A public workshop in Riga in May 2030, titled alike in every language unless given per language."""

    kind = Activity.Kind.WORKSHOP
    title = factory.Sequence(lambda n: f"Factory workshop {n}")
    slug = factory.LazyFunction(lambda: f"event-{uuid.uuid4().hex[:10]}")
    description = "Cross-border exchange of tools and methods."
    work_package = 4
    start = datetime(2030, 5, 12, 10, 0, tzinfo=RIGA)
    end = datetime(2030, 5, 12, 16, 30, tzinfo=RIGA)
    time_zone = "Europe/Riga"
    country = "LV"
    venue = "Society Integration Foundation"
    address = "Riga"
    language = "lv"
    is_public = True
    registration_open = True

    _every_language = ("title", "description")

    class Meta:
        model = Activity


class RegistrationFactory(factory.django.DjangoModelFactory):
    """A confirmed registration of a Latvian reader for an event, written as it is stored.

    To register as a reader does (confirmation, waiting list, messages), use the services.
    """

    activity = factory.SubFactory(ActivityFactory)
    name = factory.Sequence(lambda n: f"Ilze Bērziņa {n}")
    email = factory.Sequence(lambda n: f"ilze{n}@example.lv")
    language = "lv"
    status = Registration.Status.CONFIRMED

    class Meta:
        model = Registration
