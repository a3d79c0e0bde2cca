from apps.core.translated_fields import register_translations

from .models import (
    ActionItem,
    ActionPlan,
    DesignCriterion,
    Strategy,
    StrategyCriterion,
    StrategyIndexPage,
    StrategyService,
)

register_translations(
    {
        DesignCriterion: ("name", "description"),
        Strategy: ("vision", "governance", "legal_form", "funding_model"),
        StrategyCriterion: ("text",),
        StrategyService: ("description",),
        ActionPlan: ("title",),
        ActionItem: ("title",),
        StrategyIndexPage: ("intro",),
    }
)
