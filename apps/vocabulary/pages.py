"""A page about one of the portal's countries, below a section's index page.

The library's country overviews and the mapping's country results are each such a page: one per
country in their section, with an introduction, and no pages below them. Each section says where
its country pages stand and what they show.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from apps.core.web.routing import CachedRestrictionsMixin

from .models import COUNTRIES


class CountryPageBase(CachedRestrictionsMixin, Page):
    """One country's page of a section: each country once, introduced in every language."""

    country = models.CharField(_("country"), max_length=2, choices=COUNTRIES, unique=True)
    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("country"), FieldPanel("intro")]
    subpage_types = []

    class Meta:
        abstract = True
