from apps.core.translated_fields import register_translations

from .models import Criterion, MappingCountryPage, MappingIndexPage

register_translations(
    {
        Criterion: ("name", "guidance_1", "guidance_2", "guidance_3", "guidance_4", "guidance_5"),
        MappingIndexPage: ("intro",),
        MappingCountryPage: ("intro",),
    }
)
