"""Writes of the open data: the content loader. The files themselves are read, never stored."""

from django.conf import settings
from django.db import transaction
from django.utils import translation

from wagtail.models import Site

from apps.core.loading import page_upsert

from . import content
from .models import OpenDataPage


@transaction.atomic
def opendata_load() -> str:
    """The "Open data" page below home, in five languages and in the menu."""
    home = Site.objects.get(is_default_site=True).root_page
    with translation.override(settings.LANGUAGE_CODE):
        page_upsert(parent=home, model=OpenDataPage, entry=content.PAGE, extra={"show_in_menus": True})
    return "the open-data page (its files are generated from the live records on request)"
