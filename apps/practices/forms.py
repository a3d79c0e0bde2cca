from django import forms
from django.utils.translation import gettext_lazy as _

from apps.core.forms import FacetedQueryForm, HoneypotMixin, ListingQuery

from . import selectors
from .models import ReplicationRequest

# What a reader asked the library for; the library's name for the kernel's listing query.
LibraryQuery = ListingQuery


class LibraryQueryForm(FacetedQueryForm):
    """The library's query parameters, shared by the listing, the country pages and the API."""

    facets = selectors.LIBRARY.facets
    sorts = selectors.LIBRARY.sorts

    def known_values(self) -> dict:
        return selectors.LIBRARY.index().values


class ReplicationRequestForm(HoneypotMixin, forms.ModelForm):
    """The public form on a case page."""

    # Counted per address and e-mail together: colleagues behind one address each ask.
    rate_limit_group = "replication"
    rate_limited_message = _("You have sent several requests in a short time. Please try again in an hour.")

    class Meta:
        model = ReplicationRequest
        fields = ["name", "email", "organisation", "country", "message"]
        labels = {
            "name": _("Your name"),
            "email": _("Your e-mail address"),
            "organisation": _("Your organisation"),
            "country": _("Your country"),
            "message": _("What would you like to replicate, and where?"),
        }
        help_texts = {"email": _("We only use it to answer you.")}
        widgets = {"message": forms.Textarea(attrs={"rows": 5})}

    def cleaned_data_for_model(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}
