"""Wagtail's user editor, with the preferred language our e-mails and pages follow, an account
made without a password (the person chooses it from an e-mailed link), and the rows other apps
keep of a user edited on the same page.

This app knows no app above it: an app that keeps rows pointing at a user (a partner's
memberships) adds them to the page with the hook USER_FORMSETS_HOOK: its function takes the
request and returns an inline formset class of the user with a `heading`, or None when that
staff member may not change those rows.
"""

import logging
import smtplib

from django.contrib import messages
from django.utils.functional import cached_property
from django.utils.translation import gettext as _

from wagtail import hooks
from wagtail.users.views.users import CreateView as WagtailCreateView
from wagtail.users.views.users import EditView as WagtailEditView
from wagtail.users.views.users import UserViewSet as WagtailUserViewSet

from . import services
from .forms import WagtailUserCreationForm, WagtailUserEditForm
from .models import User

logger = logging.getLogger(__name__)
USER_FORMSETS_HOOK = "register_user_formset"


class UserFormsetsMixin:
    """Other apps' rows of the user, validated with the form and saved with the user."""

    @cached_property
    def formsets(self):
        data = self.request.POST if self.request.method == "POST" else None
        user = getattr(self, "object", None) or User()
        formsets = []
        for make in hooks.get_hooks(USER_FORMSETS_HOOK):
            formset_class = make(self.request)
            if formset_class is not None:
                formsets.append(formset_class(data, instance=user, prefix=formset_class.get_default_prefix()))
        return formsets

    def is_valid(self, form):
        formsets_valid = all([formset.is_valid() for formset in self.formsets])
        valid = super().is_valid(form)
        if valid and not formsets_valid:
            self.produced_error_code = "validation_error"
            self.produced_error_message = self.get_error_message()
        return valid and formsets_valid

    def save_instance(self):
        user = super().save_instance()
        for formset in self.formsets:
            formset.instance = user
            formset.save()
        return user

    def form_valid(self, form):
        # Wagtail saves in a transaction of its own: the link goes once the account is stored.
        response = super().form_valid(form)
        if form.cleaned_data.get("send_password_link"):
            self.send_password_link(self.object)
        return response

    def send_password_link(self, user):
        try:
            sent = services.password_link_send(user=user, request=self.request, welcome=self.welcome)
        except (smtplib.SMTPException, OSError):
            logger.exception("The password link for user %s could not be sent", user.pk)
            messages.error(
                self.request,
                _("The account is saved, but the e-mail could not be sent: try again later."),
            )
            return
        if sent:
            message = _("A link to choose a password was e-mailed to %(email)s.") % {"email": user.email}
            messages.info(self.request, message)
        else:
            messages.warning(self.request, _("No link was e-mailed: the account is not active."))

    def get_context_data(self, **kwargs):
        return {**super().get_context_data(**kwargs), "user_formsets": self.formsets}


class CreateView(UserFormsetsMixin, WagtailCreateView):
    welcome = True

    def save_instance(self):
        if not self.form.cleaned_data.get("password1"):
            services.password_unknown_set(user=self.form.instance)
        return super().save_instance()


class EditView(UserFormsetsMixin, WagtailEditView):
    welcome = False


class UserViewSet(WagtailUserViewSet):
    """Wagtail's user editor, with our form, views and the other apps' rows of a user."""

    add_view_class = CreateView
    edit_view_class = EditView

    def get_form_class(self, for_update=False):
        return WagtailUserEditForm if for_update else WagtailUserCreationForm
