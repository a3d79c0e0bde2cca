from apps.core.translated_fields import register_translations

from .models import Activity, ActivityIndexPage

register_translations({Activity: ("title", "description"), ActivityIndexPage: ("intro",)})
