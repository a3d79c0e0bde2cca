from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from apps.core.files.uploads import ACCEPT, validate_attachment
from apps.partners.models import Organisation
from apps.vocabulary.models import COUNTRIES

from .entry_fields import ACCOUNT_FIELDS
from .models import SCALE, MappingEntry
from .services import ScoreInput

MAX_LINKS = 20
MAX_ATTACHMENTS = 20


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    """Several files in one input; each one checked by content and size (apps/core/files/uploads.py)."""

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", MultipleFileInput(attrs={"accept": ACCEPT}))
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = data if isinstance(data, list | tuple) else ([data] if data else [])
        errors, accepted = [], []
        for upload in files:
            try:
                upload = super().clean(upload, initial)
                validate_attachment(upload)
                accepted.append(upload)
            except ValidationError as error:
                errors.extend(error.messages)
        if errors:
            raise ValidationError(errors)
        return accepted


class LinksField(forms.CharField):
    """Web addresses, one per line, stored as a list."""

    widget = forms.Textarea(attrs={"rows": 3})

    def prepare_value(self, value):
        return "\n".join(value) if isinstance(value, list) else value

    def clean(self, value):
        value = super().clean(value)
        links = [line.strip() for line in (value or "").splitlines() if line.strip()]
        if len(links) > MAX_LINKS:
            raise ValidationError(_("Give at most %(max)s links.") % {"max": MAX_LINKS})
        validate = URLValidator(schemes=["http", "https"])
        for link in links:
            try:
                validate(link)
            except ValidationError:
                raise ValidationError(
                    _("“%(link)s” is not a web address. Give one address per line, starting with https://.")
                    % {"link": link[:100]}
                ) from None
        return links


class EntryForm(forms.ModelForm):
    """An entry as a partner writes it; an assessment adds a score and a comment per criterion.

    Nothing is required but the title, so that a draft can be saved at any point; what a
    submission needs on top is checked when it is submitted.
    """

    organisation = forms.ModelChoiceField(
        queryset=Organisation.objects.none(), label=_("Submitting organisation"), empty_label=None
    )
    links = LinksField(label=_("Links"), required=False, help_text=_("Web addresses, one per line."))
    new_files = MultipleFileField(
        label=_("Attach files"),
        required=False,
        help_text=_("PDF, Word, Excel, PNG or JPEG, at most 10 MB each."),
    )
    edit_version = forms.IntegerField(widget=forms.HiddenInput, required=False)

    class Meta:
        model = MappingEntry
        fields = [
            "organisation",
            "title",
            "country",
            "language",
            *ACCOUNT_FIELDS,
        ]
        # Every field of the account is prose but the links, a list of addresses.
        widgets = {name: forms.Textarea(attrs={"rows": 5}) for name in ACCOUNT_FIELDS if name != "links"}

    def __init__(self, *args, organisations, criteria=(), incomplete=None, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["organisation"].queryset = organisations
        if self.instance.pk:
            # The organisation an entry belongs to does not change.
            del self.fields["organisation"]
            self.fields["edit_version"].initial = self.instance.edit_version
        else:
            # A new entry is about the organisation's country and in the language of the page.
            self.initial["language"] = translation.get_language()
            if len(organisations) == 1:
                self.initial["organisation"] = organisations[0].pk
                self.initial["country"] = organisations[0].country
        self.fields["country"].choices = [("", "—"), *COUNTRIES]
        self.fields["language"].choices = list(settings.LANGUAGES)
        self.criteria = list(criteria)
        scores = (
            {score.criterion_id: score for score in self.instance.scores.all()} if self.instance.pk else {}
        )
        for criterion in self.criteria:
            existing = scores.get(criterion.pk)
            self.fields[f"score_{criterion.pk}"] = forms.TypedChoiceField(
                label=criterion.name,
                choices=[(level, str(level)) for level in SCALE],
                coerce=int,
                required=False,
                empty_value=None,
                widget=forms.RadioSelect,
                initial=existing.score if existing else None,
            )
            self.fields[f"comment_{criterion.pk}"] = forms.CharField(
                label=_("Comment on “%(criterion)s”") % {"criterion": criterion.name},
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
                initial=existing.comment if existing else "",
            )
        self._mark_incomplete(incomplete or {})

    def _mark_incomplete(self, gaps: dict[str, str]) -> None:
        """What a refused submission still needs, shown at each field and told to screen readers.

        The form is not bound then (it comes back after a redirect), so these are not errors of
        its own: each field keeps its message in `incomplete` for the template.
        """
        for name, message in gaps.items():
            field = self.fields.get(name)
            if field is None:
                continue
            field.incomplete = message
            field.widget.attrs["aria-invalid"] = "true"
            field.widget.attrs["aria-describedby"] = f"id_{name}_incomplete"

    def incomplete_fields(self):
        """(anchor, label, message) of what a refused submission needs, for the summary at the top.

        A score links to its criterion's fieldset: a group of radio buttons has no single id.
        """
        items = []
        for name, field in self.fields.items():
            if not hasattr(field, "incomplete"):
                continue
            anchor = (
                f"criterion-{name.removeprefix('score_')}"
                if name.startswith("score_")
                else self[name].id_for_label
            )
            items.append((anchor, field.label, field.incomplete))
        return items

    def clean_new_files(self):
        files = self.cleaned_data.get("new_files") or []
        existing = self.instance.attachments.count() if self.instance.pk else 0
        if existing + len(files) > MAX_ATTACHMENTS:
            raise ValidationError(_("An entry can have at most %(max)s files.") % {"max": MAX_ATTACHMENTS})
        return files

    def score_fields(self):
        """Per criterion, its guidance and its two bound fields, for the template."""
        return [
            {
                "criterion": criterion,
                "score": self[f"score_{criterion.pk}"],
                "comment": self[f"comment_{criterion.pk}"],
                "incomplete": getattr(self.fields[f"score_{criterion.pk}"], "incomplete", ""),
            }
            for criterion in self.criteria
        ]

    def entry_data(self) -> dict:
        names = [name for name in self._meta.fields if name != "organisation"]
        return {name: self.cleaned_data[name] for name in names}

    def scores(self) -> list[ScoreInput]:
        return [
            ScoreInput(
                criterion=criterion,
                score=self.cleaned_data[f"score_{criterion.pk}"],
                comment=self.cleaned_data.get(f"comment_{criterion.pk}", ""),
            )
            for criterion in self.criteria
            if self.cleaned_data.get(f"score_{criterion.pk}")
        ]


class ReviewForm(forms.Form):
    action = forms.ChoiceField(
        choices=[
            ("request_changes", _("Request changes")),
            ("approve", _("Approve")),
            ("reject", _("Reject")),
        ]
    )
    comment = forms.CharField(
        label=_("Comment for the organisation"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 4}),
        help_text=_("Required when you request changes or reject."),
    )
