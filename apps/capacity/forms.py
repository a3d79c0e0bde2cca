from apps.core.forms import FacetedQueryForm

from . import selectors


class HubQueryForm(FacetedQueryForm):
    """The knowledge hub's query parameters, read like the library's."""

    facets = selectors.FACETS
    sorts = selectors.SORTS

    def known_values(self) -> dict:
        return selectors.hub_index().values
