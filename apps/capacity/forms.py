from dataclasses import dataclass, field

from django import forms

from apps.core.forms import KnownValuesField, QueryTextField

from . import selectors


@dataclass(frozen=True)
class HubQuery:
    """What a reader asked the hub for, every value valid."""

    text: str = ""
    sort: str = ""
    page: int = 1
    filters: dict[str, list[str]] = field(default_factory=dict)

    @property
    def listing_sort(self) -> str:
        """The order shown: the one asked for, else relevance for a search and newest otherwise."""
        return self.sort or ("relevance" if self.text else "newest")


class HubQueryForm(forms.Form):
    """The hub's query parameters. Like the library's, it never refuses a request: a value that
    does not validate takes its default, and facet values no listed item has are dropped."""

    q = QueryTextField(required=False)
    sort = forms.ChoiceField(required=False, choices=[(sort, sort) for sort in selectors.SORTS])
    page = forms.IntegerField(required=False, min_value=1, max_value=100_000)

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data if data is not None else {}, *args, **kwargs)
        known = selectors.hub_index().values
        for facet in selectors.FACETS:
            self.fields[facet] = KnownValuesField(
                required=False, choices=[(value, value) for value in known.get(facet, {})]
            )

    @property
    def query(self) -> HubQuery:
        self.is_valid()
        data = self.cleaned_data
        return HubQuery(
            text=(data.get("q") or "").strip(),
            sort=data.get("sort") or "",
            page=data.get("page") or 1,
            filters={facet: data[facet] for facet in selectors.FACETS if data.get(facet)},
        )
