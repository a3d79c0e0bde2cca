"""Factories of the project's work: deliverables, milestones, and the pilots' sessions and analyses.

The work packages and pilots themselves come with the project's content; a record names its
work package by number (a deliverable by its code: D5.1 belongs to WP5).
"""

import datetime

import factory

from django.core.files.base import ContentFile

from apps.workpackages.models import (
    Deliverable,
    MentoringSession,
    Milestone,
    Pilot,
    PilotStage,
    TransferAnalysis,
    WorkPackage,
)
from tests.core.factories import TranslatedModelFactory, every_language

# A minimal PDF: what a staff member would attach to a deliverable.
PDF = b"%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n"


def work_package(number: int) -> WorkPackage:
    return WorkPackage.objects.get(number=number)


class DeliverableFactory(TranslatedModelFactory):
    """A public deliverable of WP5 unless its code names another; `with_file=True` attaches a PDF."""

    code = factory.Sequence(lambda n: f"D5.{n + 50}")
    work_package = factory.LazyAttribute(lambda made: work_package(int(made.code[1 : made.code.index(".")])))
    title = factory.LazyAttribute(lambda made: f"Deliverable {made.code}")
    is_public = True
    with_file = False

    _every_language = ("title",)

    class Meta:
        model = Deliverable

    @classmethod
    def _build(cls, model_class, *args, with_file=False, **kwargs):
        made = model_class(*args, **every_language(cls._every_language, kwargs))
        if with_file:
            made.file.save(f"{made.code}.pdf", ContentFile(PDF), save=False)
        return made

    @classmethod
    def _create(cls, model_class, *args, **kwargs):
        made = cls._build(model_class, *args, **kwargs)
        made.save()
        return made


class MilestoneFactory(TranslatedModelFactory):
    """A milestone of WP5 unless `wp` names another work package."""

    work_package = factory.LazyAttribute(lambda made: work_package(made.wp))
    number = factory.Sequence(lambda n: n + 50)
    title = factory.LazyAttribute(lambda made: f"Milestone {made.number}")

    _every_language = ("title",)

    class Meta:
        model = Milestone

    class Params:
        wp = 5


def first_pilot() -> Pilot:
    return Pilot.objects.order_by("country").first()


class PilotStageFactory(factory.django.DjangoModelFactory):
    pilot = factory.LazyFunction(first_pilot)
    stage = "mentoring"
    start_date = datetime.date(2022, 3, 1)

    class Meta:
        model = PilotStage


class MentoringSessionFactory(TranslatedModelFactory):
    """A session of a pilot, kept from the public unless said."""

    pilot = factory.LazyFunction(first_pilot)
    date = datetime.date(2022, 5, 10)
    topics = "Adapting the practice"
    outcomes = ""
    is_public = False

    _every_language = ("topics", "outcomes")

    class Meta:
        model = MentoringSession


class TransferAnalysisFactory(TranslatedModelFactory):
    """A pilot's transfer analysis, kept from the public unless said."""

    pilot = factory.LazyFunction(first_pilot)
    barriers = "Staff turnover"
    is_public = False

    _every_language = ("barriers",)

    class Meta:
        model = TransferAnalysis
