from apps.core.translated_fields import register_translations

from .models import OpenDataPage

register_translations({OpenDataPage: ("intro",)})
