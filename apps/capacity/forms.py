from apps.core.forms import FacetedQueryForm

from . import selectors


class HubQueryForm(FacetedQueryForm):
    """The knowledge hub's query parameters, read like the library's."""

    facets = selectors.HUB.facets
    sorts = selectors.HUB.sorts

    def known_values(self) -> dict:
        return selectors.HUB.index().values
