from django import forms
from django.utils.translation import gettext_lazy as _

from apps.core.forms import FacetedQueryForm, HoneypotMixin, ListingQuery
from apps.vocabulary.models import ProcessElement, SupportArea

from . import selectors
from .models import Nomination, ReplicationRequest, validate_message_length

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


class NominationForm(HoneypotMixin, forms.ModelForm):
    """The public form that nominates an initiative for the library.

    The initiative's website is `web_address` here: `website` is the honeypot every public form
    shares (HoneypotMixin). Consent to be contacted is required, since the centre writes to the
    nominator to confirm the address and with its decision.
    """

    rate_limit_group = "nomination"
    rate_limited_message = _(
        "You have sent several nominations in a short time. Please try again in an hour."
    )

    web_address = forms.URLField(
        label=_("Website of the initiative"), required=False, max_length=500, assume_scheme="https"
    )

    class Meta:
        model = Nomination
        fields = [
            "initiative",
            "country",
            "region",
            "web_address",
            "problem",
            "activity",
            "results",
            "elements",
            "support_areas",
            "name",
            "email",
            "organisation",
            "consent_to_contact",
        ]
        labels = {
            "initiative": _("Name of the initiative"),
            "country": _("Country"),
            "region": _("Region or city"),
            "problem": _("What problem does it address?"),
            "activity": _("What does it do, and how?"),
            "results": _("What has it achieved so far?"),
            "elements": _("Process elements it covers (optional)"),
            "support_areas": _("Core support areas it works in (optional)"),
            "name": _("Your name"),
            "email": _("Your e-mail address"),
            "organisation": _("Your organisation"),
            "consent_to_contact": _("The centre may contact me about this nomination"),
        }
        help_texts = {
            "region": _("Optional. A NUTS-2 code such as SE23 or ES51 helps us place it on the map."),
            "results": _("Optional. Figures, evaluations or stories of change."),
            "email": _("We send the link that confirms your nomination here, and later our decision."),
            "consent_to_contact": _(
                "Required: we write to you to confirm the nomination and with our decision."
            ),
        }
        widgets = {
            "problem": forms.Textarea(attrs={"rows": 4}),
            "activity": forms.Textarea(attrs={"rows": 5}),
            "results": forms.Textarea(attrs={"rows": 4}),
            "elements": forms.CheckboxSelectMultiple,
            "support_areas": forms.CheckboxSelectMultiple,
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["elements"].queryset = ProcessElement.objects.order_by("number")
        self.fields["support_areas"].queryset = SupportArea.objects.order_by("number")
        self.fields["consent_to_contact"].required = True
        for name in ("problem", "activity"):
            self.fields[name].validators.append(validate_message_length)
        # The form's fields in the order of Meta.fields, the honeypot last.
        order = [name for name in self.Meta.fields if name in self.fields]
        self.order_fields([*order, "website"])

    def cleaned_data_for_model(self) -> dict:
        data = {name: self.cleaned_data[name] for name in self.Meta.fields if name != "web_address"}
        data["website"] = self.cleaned_data["web_address"]
        return data
