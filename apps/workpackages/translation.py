from modeltranslation.translator import TranslationOptions, register

from .models import Deliverable, MentoringSession, Milestone, Pilot, PilotPage, TransferAnalysis, WorkPackage


@register(WorkPackage)
class WorkPackageTranslation(TranslationOptions):
    fields = ("objectives", "description")


@register(Deliverable)
@register(Milestone)
class TitleTranslation(TranslationOptions):
    fields = ("title",)


@register(Pilot)
class PilotTranslation(TranslationOptions):
    fields = ("method", "practice_transferred")


@register(MentoringSession)
class MentoringSessionTranslation(TranslationOptions):
    fields = ("topics", "outcomes")


@register(TransferAnalysis)
class TransferAnalysisTranslation(TranslationOptions):
    fields = ("context_factors", "adaptations", "barriers", "results", "recommendations")


@register(PilotPage)
class PilotPageTranslation(TranslationOptions):
    fields = ("intro",)
