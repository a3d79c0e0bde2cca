"""The index page of an app's records, serving each record below itself: one shape for every app.

The knowledge hub, the strategies, the events and the ESF+ register each show a list of records
and each record at `<key>/`, read from the record: the record is the one source of truth and no
page is kept per record. An app declares only which of its selectors finds a record by its key
and which of its views serve the list and a record; both are looked up by name in the app's own
`selectors` and `views` modules when a request comes, so models import neither.
"""

from typing import ClassVar

from django.db import models
from django.utils.module_loading import import_string
from django.utils.translation import gettext_lazy as _

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page
from wagtail.url_routing import RouteResult

from apps.core.web.placement import HostedPageMixin
from apps.core.web.routing import CachedRestrictionsMixin, RecordRouteMixin


class RecordIndexPage(HostedPageMixin, CachedRestrictionsMixin, RecordRouteMixin, Page):
    """The public list of an app's records, and each record on a route below it.

    A subclass names a function of its app's `selectors` that returns the public record with a
    key, or None (`record_selector`), and functions of its app's `views`: `index_view(request,
    page)` serves the list and `record_view(request, page, record)` a record. `path_views` maps
    other names below the page (projects' `csv/`) to views taking `(request, page)`.
    """

    intro = models.TextField(_("introduction"), blank=True)

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    subpage_types = []
    max_count = 1

    record_selector: ClassVar[str] = ""
    index_view: ClassVar[str] = ""
    record_view: ClassVar[str] = ""
    path_views: ClassVar[dict[str, str]] = {}

    class Meta:
        abstract = True

    def app_function(self, module: str, name: str):
        return import_string(f"{self._meta.app_config.name}.{module}.{name}")

    def find_record(self, request, key: str):
        """The public record a path's last component names, or None."""
        return self.app_function("selectors", self.record_selector)(key)

    def record_route(self, request, key):
        if key in self.path_views:
            return RouteResult(self, kwargs={"path_view": key})
        record = self.find_record(request, key)
        return RouteResult(self, args=(record,)) if record is not None else None

    def serve(self, request, *args, **kwargs):
        if "path_view" in kwargs:
            return self.app_function("views", self.path_views[kwargs["path_view"]])(request, self)
        if args:
            return self.app_function("views", self.record_view)(request, self, args[0])
        return self.app_function("views", self.index_view)(request, self)
