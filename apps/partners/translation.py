from apps.core.translated_fields import register_translations

from .models import ConsortiumProject, Organisation

register_translations({Organisation: ("description",), ConsortiumProject: ("title",)})
