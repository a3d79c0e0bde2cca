"""The knowledge hub's pages: the faceted, searchable listing and a tool's or method's page."""

from apps.core.web.responses import index_response, page_response

from . import selectors
from .forms import HubQueryForm


def hub_index_serve(request, page):
    return index_response(request, page, HubQueryForm, selectors.HUB.context, hub_url=page.get_url(request))


def hub_item_serve(request, page, item):
    return page_response(
        request,
        page,
        {"item": item, "hub_url": page.get_url(request)},
        template="capacity/hub_item.html",
        subpage_path=f"{item.slug}/",
    )
