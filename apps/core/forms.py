"""Form fields shared by the portal's listings: query parameters that never refuse a request."""

from django import forms

MAX_QUERY_LENGTH = 200


class KnownValuesField(forms.MultipleChoiceField):
    """Values outside the choices are dropped, not refused: a hand-edited URL never errors."""

    def clean(self, value):
        return [item for item in dict.fromkeys(self.to_python(value)) if self.valid_value(item)]


class QueryTextField(forms.CharField):
    """Cut to its maximum length instead of refused, like the search box's own maxlength."""

    def to_python(self, value):
        return super().to_python(value)[:MAX_QUERY_LENGTH]
