"""The "Open data" page: every download, the API's documentation and the licence, in the menu."""

from django.db import models
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from apps.core.web.placement import HostedPageMixin
from apps.core.web.routing import CachedRestrictionsMixin


class OpenDataPage(HostedPageMixin, CachedRestrictionsMixin, Page):
    """Lists each dataset with its files in every language and format, generated on request."""

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = []
    max_count = 1

    class Meta:
        verbose_name = _("open data page")

    def get_context(self, request, *args, **kwargs):
        from .selectors import open_data_context

        context = super().get_context(request, *args, **kwargs)
        context.update(open_data_context())
        return context
