from django import forms
from django.utils.translation import gettext_lazy as _

from ..models import ApiToken


class TokenForm(forms.Form):
    name = forms.CharField(
        label=_("Name of the token"),
        max_length=ApiToken._meta.get_field("name").max_length,
        help_text=_("What will use it, so you know which token to revoke later: “our CRM”, say."),
    )
