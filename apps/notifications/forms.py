from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from apps.core.forms import HoneypotMixin
from apps.vocabulary.models import COUNTRIES, Theme

from .models import ACCOUNT_KINDS, Frequency, Kind


class SubscriptionForm(HoneypotMixin, forms.Form):
    """The public form."""

    email = forms.EmailField(label=_("Your e-mail address"), max_length=254)
    language = forms.ChoiceField(label=_("Your language"), choices=settings.LANGUAGES)
    countries = forms.MultipleChoiceField(
        label=_("Countries"),
        choices=COUNTRIES,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None means every country."),
    )
    themes = forms.ModelMultipleChoiceField(
        label=_("Themes"),
        queryset=Theme.objects.order_by("code"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("None means every theme."),
    )
    frequency = forms.ChoiceField(
        label=_("How often"), choices=Frequency.choices, initial=Frequency.WEEKLY, widget=forms.RadioSelect
    )

    def __init__(self, *args, language=None, **kwargs):
        super().__init__(*args, **kwargs)
        if language and not self.is_bound:
            self.initial["language"] = language


class PreferencesForm(forms.Form):
    """The messages a signed-in person receives: only the kinds they can be sent are offered."""

    kinds = forms.MultipleChoiceField(
        label=_("Send me e-mails about"),
        choices=[(kind.value, kind.label) for kind in ACCOUNT_KINDS],
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, data=None, *args, kinds=ACCOUNT_KINDS, **kwargs):
        offered = [kind.value for kind in kinds]
        if data is not None and hasattr(data, "getlist"):
            # A kind no longer offered (a form left open while a role changed) is ignored, not an error.
            data = data.copy()
            data.setlist("kinds", [kind for kind in data.getlist("kinds") if kind in offered])
        super().__init__(data, *args, **kwargs)
        self.fields["kinds"].choices = [(kind.value, kind.label) for kind in kinds]


KIND_VALUES = set(Kind.values)
