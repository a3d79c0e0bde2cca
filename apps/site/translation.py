from apps.core.translated_fields import register_translations

from .models import HomePage, StandardPage

register_translations({HomePage: ("intro", "body"), StandardPage: ("intro", "body")})
