from django import forms
from django.conf import settings
from django.contrib.auth.forms import (
    AuthenticationForm,
    BaseUserCreationForm,
    PasswordResetForm,
    UsernameField,
)
from django.contrib.auth.forms import UserChangeForm as BaseUserChangeForm
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext_lazy as _

from wagtail.users import forms as wagtail_forms

from apps.core.mail import AutomatedEmail

from .models import User


class UserCreationForm(BaseUserCreationForm):
    class Meta:
        model = User
        fields = ("email", "preferred_language")


class UserChangeForm(BaseUserChangeForm):
    class Meta:
        model = User
        fields = "__all__"


class LowerCaseEmailMixin:
    """Addresses are kept in lower case, as the sign-in looks them up (PartnerAuthenticationForm)."""

    def clean_email(self):
        return self.cleaned_data["email"].strip().lower()


class WagtailUserCreationForm(LowerCaseEmailMixin, wagtail_forms.UserCreationForm):
    """A new account: staff need not type a password, since the person chooses their own from
    the link that is e-mailed to them (or later with "Forgotten your password?")."""

    password_required = False
    send_password_link = forms.BooleanField(
        label=_("E-mail a link to choose a password"),
        required=False,
        initial=True,
        help_text=_("Sent in the person's preferred language when the account is saved."),
    )

    class Meta(wagtail_forms.UserCreationForm.Meta):
        fields = wagtail_forms.UserCreationForm.Meta.fields | {"preferred_language"}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "password1" in self.fields:
            self.fields["password1"].help_text = _(
                "Leave both empty: the person chooses their own password from the e-mailed link."
            )


class WagtailUserEditForm(LowerCaseEmailMixin, wagtail_forms.UserEditForm):
    send_password_link = forms.BooleanField(
        label=_("E-mail a link to choose a new password"),
        required=False,
        help_text=_("For a person who has not set a password yet, or has forgotten it."),
    )

    class Meta(wagtail_forms.UserEditForm.Meta):
        fields = wagtail_forms.UserEditForm.Meta.fields | {"preferred_language"}


class PartnerAuthenticationForm(AuthenticationForm):
    """Sign-in with an e-mail address; the field keeps the name "username", which axes reads."""

    username = UsernameField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autofocus": True, "autocomplete": "username", "spellcheck": "false"}),
    )
    password = forms.CharField(
        label=_("Password"),
        strip=False,
        widget=forms.PasswordInput(attrs={"autocomplete": "current-password"}),
    )
    error_messages = {
        **AuthenticationForm.error_messages,
        "invalid_login": _(
            "That e-mail address and password do not match an account. Check both and try again."
        ),
    }

    def clean_username(self):
        # Addresses are stored in lower case (UserManager), whatever case a person types.
        return self.cleaned_data["username"].strip().lower()


class PartnerPasswordResetForm(PasswordResetForm):
    """Sends the reset link in the person's own language, to that language's confirm page.

    An automated message (apps.core.mail) of a plain-text body and an HTML alternative. A mail
    server that refuses it raises, so the admin can say the link was not sent (Django's own form
    only logs it).
    """

    email = forms.EmailField(
        label=_("E-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email", "spellcheck": "false"}),
    )

    def send_mail(
        self,
        subject_template_name,
        email_template_name,
        context,
        from_email,
        to_email,
        html_email_template_name,
    ):
        language = context["user"].preferred_language or settings.LANGUAGE_CODE
        with translation.override(language):
            subject = "".join(render_to_string(subject_template_name, context).splitlines()).strip()
            body = render_to_string(email_template_name, context)
            html = render_to_string(html_email_template_name, {**context, "language": language})
        message = AutomatedEmail(
            subject, body, from_email, [to_email], headers={"Content-Language": language}
        )
        message.attach_alternative(html, "text/html")
        message.send()
