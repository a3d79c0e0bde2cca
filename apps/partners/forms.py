"""A user's organisations, edited on the user's page in the admin (apps/users/viewsets.py)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from apps.users.models import User

from .models import Membership, Organisation


class MembershipFormSet(forms.BaseInlineFormSet):
    heading = _("Organisations")
    help_text = _(
        "The organisations this person acts for on the portal, such as in the ecosystem mapping. "
        "Add one per save; tick “Delete” to end a membership."
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for form in self.forms + [self.empty_form]:
            form.fields["organisation"].queryset = Organisation.objects.order_by("name")


membership_formset = forms.inlineformset_factory(
    User,
    Membership,
    formset=MembershipFormSet,
    fields=["organisation", "role"],
    extra=1,
    can_delete=True,
)
