from apps.core.translated_fields import register_translations

from .models import EsfRegisterPage, OfferingItem, SupportOffering

register_translations({SupportOffering: ("name",), OfferingItem: ("text",), EsfRegisterPage: ("intro",)})
