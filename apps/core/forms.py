"""The kernel's forms: the query parameters of the listings (forms that never refuse a request,
and the choice filters their pages show) and the honeypot every public form carries."""

from dataclasses import dataclass, field

from django import forms
from django.utils.translation import gettext_lazy as _

MAX_QUERY_LENGTH = 200


class KnownValuesField(forms.MultipleChoiceField):
    """Values outside the choices are dropped, not refused: a hand-edited URL never errors."""

    def clean(self, value):
        return [item for item in dict.fromkeys(self.to_python(value)) if self.valid_value(item)]


class QueryTextField(forms.CharField):
    """Cut to its maximum length instead of refused, like the search box's own maxlength."""

    def to_python(self, value):
        return super().to_python(value)[:MAX_QUERY_LENGTH]


@dataclass(frozen=True)
class ListingQuery:
    """What a reader asked a faceted listing for, every value valid."""

    text: str = ""
    sort: str = ""
    page: int = 1
    filters: dict[str, list[str]] = field(default_factory=dict)

    @property
    def listing_sort(self) -> str:
        """The order shown: the one asked for, else relevance for a search and newest otherwise."""
        return self.sort or ("relevance" if self.text else "newest")


class FacetedQueryForm(forms.Form):
    """A faceted listing's parameters: `q`, `sort`, `page` and one field per facet.

    It never refuses a request: a value that does not validate takes its default, and facet
    values the listing does not hold are dropped, so no junk reaches the database. A subclass
    names its `facets` and `sorts` and gives the values its facets hold (`known_values`).
    """

    facets: tuple[str, ...] = ()
    sorts: tuple[str, ...] = ()

    q = QueryTextField(required=False)
    page = forms.IntegerField(required=False, min_value=1, max_value=100_000)

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data if data is not None else {}, *args, **kwargs)
        self.fields["sort"] = forms.ChoiceField(required=False, choices=[(sort, sort) for sort in self.sorts])
        known = self.known_values()
        for facet in self.facets:
            self.fields[facet] = KnownValuesField(
                required=False, choices=[(value, value) for value in known.get(facet, {})]
            )

    def known_values(self) -> dict:
        raise NotImplementedError

    @property
    def query(self) -> ListingQuery:
        self.is_valid()
        data = self.cleaned_data
        return ListingQuery(
            text=(data.get("q") or "").strip(),
            sort=data.get("sort") or "",
            page=data.get("page") or 1,
            filters={facet: data[facet] for facet in self.facets if data.get(facet)},
        )


class ChoiceFiltersMixin:
    """A query form whose choice fields its page shows as filters, in the order of `choice_filters`.

    `choice_filters` maps each field's name to its label and the label of its "all" option.
    """

    choice_filters: dict[str, tuple[str, str]] = {}

    def filter_selects(self, query) -> list[dict]:
        """The page's choice filters: name, labels, (value, label) options and the value query holds."""
        return [
            {
                "name": name,
                "label": label,
                "all": all_label,
                "options": self.fields[name].choices,
                "selected": getattr(query, name),
            }
            for name, (label, all_label) in self.choice_filters.items()
        ]


class HoneypotMixin:
    """A public form's trap for bots: a `website` field people never see or fill.

    includes/public_form.html hides it from sight, from the keyboard and from screen readers; a
    form that comes back with it filled is spam, which the view answers as it would a person and
    stores nothing. Put it before the form class: `class MyForm(HoneypotMixin, forms.Form)`.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Added last, after the form's own fields.
        self.fields["website"] = forms.CharField(required=False, label=_("Leave this field empty"))

    def is_spam(self) -> bool:
        return bool(self.data.get("website"))
