from django import forms
from django.conf import settings
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from apps.vocabulary.models import COUNTRIES

from .generators import GENERATORS
from .models import Format, Kind


def _years():
    this_year = timezone.localdate().year
    return [(year, str(year)) for year in range(this_year, 2020, -1)]


class ReportOrderForm(forms.Form):
    """What staff choose in the admin: which report, for what, in which language and format."""

    kind = forms.ChoiceField(label=_("Report"), choices=Kind.choices)
    country = forms.ChoiceField(
        label=_("Country"),
        choices=[("", _("All countries")), *COUNTRIES],
        required=False,
        help_text=_("Required for a compendium; a strategy report without one covers all four."),
    )
    year = forms.TypedChoiceField(
        label=_("Year"), choices=_years, coerce=int, required=False, help_text=_("For the knowledge report.")
    )
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    format = forms.ChoiceField(label=_("Format"), choices=Format.choices)

    def clean(self):
        data = super().clean()
        generator = GENERATORS.get(data.get("kind"))
        if generator is None:
            return data
        if data.get("format") and data["format"] not in generator.formats:
            offered = ", ".join(str(Format(value).label) for value in generator.formats)
            self.add_error("format", _("This report comes as: %(formats)s.") % {"formats": offered})
        for name in generator.required:
            if not data.get(name):
                self.add_error(name, _("This report needs it."))
        return data

    def parameters(self) -> dict:
        generator = GENERATORS[self.cleaned_data["kind"]]
        return {name: self.cleaned_data[name] for name in generator.parameters if self.cleaned_data.get(name)}
