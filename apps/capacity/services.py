"""Writes of WP4: the content loader. Staff edit thematic areas and hub items in the admin."""

from django.conf import settings
from django.db import transaction
from django.utils import translation

from wagtail.models import Site

from apps.core.loading import page_upsert

from . import content
from .models import HubItem, KnowledgeHubPage, ThematicSelection


@transaction.atomic
def capacity_load() -> str:
    """The knowledge hub's page below home, in five languages.

    The sources give no tool, method or thematic area, so none is loaded; what staff add is
    theirs to keep.
    """
    home = Site.objects.get(is_default_site=True).root_page
    with translation.override(settings.LANGUAGE_CODE):
        page_upsert(parent=home, model=KnowledgeHubPage, entry=content.HUB, extra={"show_in_menus": True})
    items = HubItem.objects.filter(is_public=True, is_demo=False).count()
    countries = ThematicSelection.objects.filter(is_demo=False).count()
    return (
        f"the knowledge hub's page, {items} public tools and methods and the thematic areas of "
        f"{countries} countries (the sources give none)"
    )
