"""The register's query parameters, read by a form that drops what it does not know."""

from dataclasses import dataclass

from django import forms
from django.utils.translation import gettext_lazy as _

from apps.core.forms import ChoiceFiltersMixin
from apps.vocabulary.models import COUNTRIES

from .models import Status

QUERY_PARAMETERS = ("q", "country", "fund", "area", "region", "status", "offering", "page")
MAX_PAGE = 10_000
MAX_QUERY = 100


@dataclass(frozen=True)
class RegisterQuery:
    q: str = ""
    country: str = ""
    fund: str = ""
    area: str = ""
    region: str = ""
    status: str = ""
    offering: int | None = None
    page: int = 1

    def filters(self) -> dict:
        """The active filters, as query parameters (the page number left out)."""
        values = {
            "q": self.q,
            "country": self.country,
            "fund": self.fund,
            "area": self.area,
            "region": self.region,
            "status": self.status,
            "offering": self.offering or "",
        }
        return {name: value for name, value in values.items() if value}


class RegisterQueryForm(ChoiceFiltersMixin, forms.Form):
    """It never refuses a request: an invalid value is dropped, as if it had not been given.

    Fund, programme area and region are the values the register holds (`choices`, from
    selectors.facets), so a value no project has is dropped too.
    """

    choice_filters = {
        "country": (_("Country"), _("All countries")),
        "fund": (_("Fund"), _("All funds")),
        "area": (_("Programme area"), _("All programme areas")),
        "region": (_("Region"), _("All regions")),
        "status": (_("Status"), _("All statuses")),
    }

    q = forms.CharField(required=False, max_length=MAX_QUERY, strip=True)
    country = forms.ChoiceField(required=False, choices=COUNTRIES)
    fund = forms.ChoiceField(required=False)
    area = forms.ChoiceField(required=False)
    region = forms.ChoiceField(required=False)
    status = forms.ChoiceField(required=False, choices=Status.choices)
    offering = forms.TypedChoiceField(required=False, coerce=int, empty_value=None)
    page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE)

    def __init__(self, data=None, *, facets: dict, **kwargs):
        super().__init__(data if data is not None else {}, **kwargs)
        for name in ("fund", "area", "region", "offering"):
            self.fields[name].choices = [(value, value) for value in facets[name]]

    @property
    def query(self) -> RegisterQuery:
        self.is_valid()
        data = {name: value for name, value in self.cleaned_data.items() if value not in (None, "")}
        return RegisterQuery(**{name: data[name] for name in QUERY_PARAMETERS if name in data})


def filter_selects(query: RegisterQuery, facets: dict) -> list[dict]:
    """The page's filter controls, with the register's values as the options."""
    return RegisterQueryForm(facets=facets).filter_selects(query)
