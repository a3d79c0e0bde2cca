from modeltranslation.translator import TranslationOptions, register

from .models import Approach, ProcessElement, SupportArea, TargetGroup, Theme


@register(ProcessElement)
@register(Approach)
@register(SupportArea)
@register(Theme)
@register(TargetGroup)
class TermTranslation(TranslationOptions):
    fields = ("name",)
