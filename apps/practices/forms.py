from dataclasses import dataclass, field

from django import forms
from django.utils.translation import gettext_lazy as _

from apps.core.forms import KnownValuesField, QueryTextField

from . import selectors
from .models import ReplicationRequest


@dataclass(frozen=True)
class LibraryQuery:
    """What a reader asked the library for, every value valid."""

    text: str = ""
    sort: str = ""
    page: int = 1
    filters: dict[str, list[str]] = field(default_factory=dict)

    @property
    def listing_sort(self) -> str:
        """The order shown: the one asked for, else relevance for a search and newest otherwise."""
        return self.sort or ("relevance" if self.text else "newest")


class LibraryQueryForm(forms.Form):
    """The library's query parameters, shared by the listing, the country pages and the API.

    It never refuses a request: a value that does not validate takes its default, and facet
    values with no live case are dropped, so no junk reaches the database.
    """

    q = QueryTextField(required=False)
    sort = forms.ChoiceField(required=False, choices=[(sort, sort) for sort in selectors.SORTS])
    page = forms.IntegerField(required=False, min_value=1)

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data if data is not None else {}, *args, **kwargs)
        known = selectors.facet_index().values
        for facet in selectors.FACETS:
            self.fields[facet] = KnownValuesField(
                required=False, choices=[(value, value) for value in known.get(facet, {})]
            )

    @property
    def query(self) -> LibraryQuery:
        self.is_valid()
        data = self.cleaned_data
        return LibraryQuery(
            text=data.get("q") or "",
            sort=data.get("sort") or "",
            page=data.get("page") or 1,
            filters={facet: data[facet] for facet in selectors.FACETS if data.get(facet)},
        )


class ReplicationRequestForm(forms.ModelForm):
    """The public form on a case page. `website` is a honeypot: people never see or fill it."""

    website = forms.CharField(required=False, label=_("Leave this field empty"))

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

    def is_spam(self) -> bool:
        return bool(self.data.get("website"))

    def cleaned_data_for_model(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}
