from apps.core.translated_fields import register_translations

from .models import Deliverable, MentoringSession, Milestone, Pilot, PilotPage, TransferAnalysis, WorkPackage

register_translations(
    {
        WorkPackage: ("objectives", "description"),
        Deliverable: ("title",),
        Milestone: ("title",),
        Pilot: ("method", "practice_transferred"),
        MentoringSession: ("topics", "outcomes"),
        TransferAnalysis: ("context_factors", "adaptations", "barriers", "results", "recommendations"),
        PilotPage: ("intro",),
    }
)
