"""Where a domain's page may stand in the page tree, without the domain naming the page above it.

A domain is a layer below the site, so it does not name the site's home page in its
`parent_page_types`: the site says which page types its pages accept (`subpage_types`), and a
domain's top page stands where a page type accepts it by name, or accepts every type. The tree's
root accepts every type only to hold the home page, so a domain's page never stands there.
"""

from wagtail.models import Page, get_page_models


class HostedPageMixin:
    """A page type whose parents are the page types that accept it, except the tree's root."""

    @classmethod
    def clean_parent_page_models(cls):
        return [
            model
            for model in get_page_models()
            if model is not Page
            and (getattr(model, "subpage_types", None) is None or cls in model.clean_subpage_models())
        ]
