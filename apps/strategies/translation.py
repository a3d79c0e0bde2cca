from modeltranslation.translator import TranslationOptions, register

from .models import (
    ActionItem,
    ActionPlan,
    DesignCriterion,
    Strategy,
    StrategyCriterion,
    StrategyIndexPage,
    StrategyService,
)


@register(DesignCriterion)
class DesignCriterionTranslation(TranslationOptions):
    fields = ("name", "description")


@register(Strategy)
class StrategyTranslation(TranslationOptions):
    fields = ("vision", "governance", "legal_form", "funding_model")


@register(StrategyCriterion)
class StrategyCriterionTranslation(TranslationOptions):
    fields = ("text",)


@register(StrategyService)
class StrategyServiceTranslation(TranslationOptions):
    fields = ("description",)


@register(ActionPlan)
@register(ActionItem)
class TitleTranslation(TranslationOptions):
    fields = ("title",)


@register(StrategyIndexPage)
class StrategyIndexPageTranslation(TranslationOptions):
    fields = ("intro",)
