import re
from dataclasses import dataclass
from datetime import date

from django import forms
from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from wagtail.admin.forms import WagtailAdminModelForm

from apps.core.forms import ChoiceFiltersMixin, HoneypotMixin
from apps.vocabulary.models import COUNTRIES

from . import selectors, services
from .models import Activity, Registration

QUERY_PARAMETERS = ("country", "kind", "month", "page", "past_page")
MONTH = re.compile(r"^(\d{4})-(\d{2})$", re.ASCII)
MAX_PAGE = 10_000


@dataclass(frozen=True)
class CalendarQuery:
    country: str = ""
    kind: str = ""
    month: date | None = None
    page: int = 1
    past_page: int = 1


class MonthField(forms.CharField):
    """`2026-05` as the first day of that month; anything else is invalid, and so dropped."""

    def to_python(self, value):
        value = super().to_python(value)
        if not value:
            return None
        match = MONTH.match(value)
        if match is None:
            raise forms.ValidationError("not a month")
        year, month = int(match[1]), int(match[2])
        if not (2000 <= year <= 2100 and 1 <= month <= 12):
            raise forms.ValidationError("not a month")
        return date(year, month, 1)


class CalendarQueryForm(ChoiceFiltersMixin, forms.Form):
    """The calendar's query parameters. It never refuses a request: an invalid value is dropped."""

    choice_filters = {
        "country": (_("Country"), _("All countries")),
        "kind": (_("Kind"), _("All kinds")),
    }

    country = forms.ChoiceField(required=False, choices=COUNTRIES)
    kind = forms.ChoiceField(required=False, choices=Activity.Kind.choices)
    month = MonthField(required=False)
    page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE)
    past_page = forms.IntegerField(required=False, min_value=1, max_value=MAX_PAGE)

    def __init__(self, data=None, *args, **kwargs):
        super().__init__(data if data is not None else {}, *args, **kwargs)

    @property
    def query(self) -> CalendarQuery:
        self.is_valid()
        data = self.cleaned_data
        return CalendarQuery(
            country=data.get("country") or "",
            kind=data.get("kind") or "",
            month=data.get("month"),
            page=data.get("page") or 1,
            past_page=data.get("past_page") or 1,
        )


class RegistrationForm(HoneypotMixin, forms.ModelForm):
    """The public form on an event's page."""

    # Counted per address and e-mail together, so colleagues behind one office address each register.
    rate_limit_group = "activity-registration"
    rate_limited_message = _(
        "You have sent several registrations in a short time. Please try again in an hour."
    )

    class Meta:
        model = Registration
        fields = ["name", "email", "organisation", "language"]
        labels = {
            "name": _("Your name"),
            "email": _("Your e-mail address"),
            "organisation": _("Your organisation"),
            "language": _("Your language"),
        }
        help_texts = {
            "email": _("One registration per address."),
            "language": _("The language we write to you in."),
        }

    def __init__(self, *args, language=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = settings.LANGUAGES
        if language and not self.is_bound:
            self.initial["language"] = language

    def cleaned_data_for_model(self) -> dict:
        return {name: self.cleaned_data[name] for name in self.Meta.fields}

    def validate_unique(self):
        """A second registration of an address answers as the first did: the service decides."""


class RegistrationAdminForm(WagtailAdminModelForm):
    """Staff's form for a registration: a change of status goes through the calendar's rules.

    Cancelling gives the freed place to the waiting list; confirming someone on the waiting list
    needs a free place; the person hears of it as they would from the public form. The rest of
    the registration is saved as typed.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.status_before = self.instance.status

    def clean_status(self):
        status = self.cleaned_data["status"]
        if status != self.status_before:
            error = self.instance.status_change_error(status, full=self.event_is_full())
            if error:
                raise forms.ValidationError(error)
        return status

    def event_is_full(self) -> bool:
        return selectors.is_full(self.instance.activity)

    def clean_email(self):
        # Kept normalised, as the public form keeps it: one address registers once per event.
        return services.normalised_email(self.cleaned_data["email"])

    def save(self, commit=True):
        registration = super().save(commit=False)
        if not commit:
            return registration
        status = self.cleaned_data["status"]
        with transaction.atomic():
            # The event first, as the public's registrations and cancellations lock it: one change
            # at a time, always in the same order.
            Activity.objects.select_for_update().get(pk=registration.activity_id)
            # Only what staff typed: a status (and its dates) changed meanwhile by the person's
            # own cancellation or a promotion is not written over.
            registration.save(update_fields=["name", "email", "organisation", "language"])
            if status != self.status_before:
                # Checked again with the event locked: if someone took the last place since the
                # form was checked, this raises ValidationError and the edit view shows it.
                registration = services.registration_status_change(registration=registration, status=status)
        return registration
