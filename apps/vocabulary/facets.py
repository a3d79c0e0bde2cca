"""The vocabulary's terms as facets of a listing, with the one label each kind of term shows.

A listing that filters by terms (the library, the knowledge hub) takes their facets' labels
from here, in the order it shows them, and labels its other facets itself.
"""

from django.utils.translation import gettext_lazy

# Each kind of term by the name of its facet (the listing's query parameter), with its label.
TERM_FACET_LABELS = {
    "element": gettext_lazy("Process element"),
    "approach": gettext_lazy("Approach"),
    "area": gettext_lazy("Core support area"),
    "theme": gettext_lazy("Theme"),
    "target": gettext_lazy("Target group"),
}


def term_facet_labels(*names: str) -> dict:
    """The labels of the term facets named, in the order named: `term_facet_labels("area", "element")`."""
    return {name: TERM_FACET_LABELS[name] for name in names}
