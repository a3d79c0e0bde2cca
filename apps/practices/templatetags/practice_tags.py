from django import template
from django.utils.html import conditional_escape
from django.utils.safestring import mark_safe

from apps.practices.search import MARK_START, MARK_STOP

register = template.Library()


@register.filter
def highlighted(text):
    """Escape the text, then turn the search's match markers into <mark>."""
    escaped = conditional_escape(text or "")
    return mark_safe(escaped.replace(MARK_START, "<mark>").replace(MARK_STOP, "</mark>"))  # noqa: S308


@register.simple_tag
def in_language(practice, field, language=None):
    return practice.in_language(field, language)
