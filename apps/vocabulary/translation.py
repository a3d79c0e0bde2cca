from apps.core.translated_fields import register_translations

from .models import Approach, ProcessElement, SupportArea, TargetGroup, Theme

register_translations(
    {term: ("name",) for term in (ProcessElement, Approach, SupportArea, Theme, TargetGroup)}
)
