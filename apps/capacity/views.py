"""The knowledge hub's pages: the faceted, searchable listing and a tool's or method's page."""

from apps.core.web.responses import index_response, record_response

from . import selectors
from .forms import HubQueryForm


def hub_index_serve(request, page):
    return index_response(request, page, HubQueryForm, selectors.HUB.context, hub_url=page.get_url(request))


def hub_item_serve(request, page, item):
    return record_response(
        request, page, item, name="item", template="capacity/hub_item.html", hub_url=page.get_url(request)
    )
