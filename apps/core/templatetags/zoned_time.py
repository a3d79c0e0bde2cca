"""Times in the zone of the place they happen in, with the zone named (see apps/core/zoned_time.py).

    {{ activity.start|local_time:activity.time_zone }}     5 March 2026, 21:00 (Latvia Time)
    {% local_span activity.start activity.end activity.time_zone %}
    {{ activity.time_zone|zone_label }}                     Latvia Time
    {{ activity.start|local_iso:activity.time_zone }}       2026-03-05T21:00:00+02:00
    <time datetime="{{ entry.updated|iso_datetime }}">      2026-03-05T20:00:00+01:00 (active zone)

The filters return text, so Django's own conversion to the site's time zone never applies.
"""

from django import template
from django.utils import timezone

from apps.core import zoned_time

register = template.Library()


@register.filter
def local_time(value, zone_name):
    return zoned_time.local_text(value, zone_name) if value else ""


@register.simple_tag
def local_span(start, end, zone_name):
    return zoned_time.local_span_text(start, end, zone_name)


@register.filter
def zone_label(zone_name):
    return zoned_time.zone_label(zone_name) if zone_name else ""


@register.filter
def local_iso(value, zone_name):
    return zoned_time.local_iso(value, zone_name) if value else ""


@register.filter
def iso_datetime(value):
    """An instant for a `<time datetime>`, in the active time zone and whole seconds.

    HTML allows at most three digits of a second's fraction, and Python's isoformat writes six
    whenever the time has microseconds (any time taken from the clock, as saved entries have).
    """
    if not value:
        return ""
    if timezone.is_aware(value):
        value = timezone.localtime(value)
    return value.isoformat(timespec="seconds")
