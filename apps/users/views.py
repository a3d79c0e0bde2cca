"""Partners' sign-in, password and account pages on the public site.

Django's own authentication views, with the portal's templates and forms. Every one of them
answers with `Cache-Control: private, no-store`: they show personal data or carry a
visitor's CSRF token, so neither the anonymous page cache nor any shared cache downstream
may keep them. Sign-in goes through `django.contrib.auth.authenticate` with the request, so
django-axes counts failures and locks out as on the admin's logins.
"""

from django_ratelimit.core import is_ratelimited

from django.conf import settings
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.http import HttpResponseRedirect
from django.shortcuts import render, resolve_url
from django.urls import NoReverseMatch, reverse, reverse_lazy
from django.utils import translation
from django.utils.decorators import method_decorator
from django.utils.translation import gettext as _
from django.views.decorators.cache import never_cache

from apps.core.web.client import client_address
from apps.core.web.rate_limits import FormRates, form_rate_check

from . import services
from .forms import PartnerAuthenticationForm, PartnerPasswordResetForm
from .selectors import membership_list


def partner_home_url() -> str:
    """Where a sign-in without a `next` lands: the partner's home if its app is installed."""
    try:
        return reverse(settings.PARTNER_HOME_URL_NAME)
    except NoReverseMatch:
        return resolve_url(settings.LOGIN_REDIRECT_URL)


class AccountPage:
    """One of Django's authentication views as a page of the portal: never cached (see above),
    and drawn from the template in users/ named as Django's own in registration/."""

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.template_name = "users/" + cls.template_name.rpartition("/")[2]

    @method_decorator(never_cache)
    def dispatch(self, request, *args, **kwargs):
        return super().dispatch(request, *args, **kwargs)


class LoginView(AccountPage, auth_views.LoginView):
    form_class = PartnerAuthenticationForm
    redirect_authenticated_user = True

    def get_default_redirect_url(self):
        return partner_home_url()

    @classmethod
    def serve_csrf_failure(cls, request):
        """The form again with the address typed, never the password (apps.core.web.views.csrf_failure)."""
        view = cls(template_name=cls.template_name)
        view.setup(request)
        form = cls.form_class(request, initial={"username": request.POST.get("username", "")})
        context = view.get_context_data(form=form, session_expired=True)
        response = render(request, cls.template_name, context, status=403)
        response["Cache-Control"] = "private, no-store"
        return response


class LogoutView(AccountPage, auth_views.LogoutView):
    pass


# Each request may send an e-mail to someone else's address: few per visitor and hour, and
# few per recipient from all visitors together.
RESET_LINK_RATE = "5/h"
RESET_RECIPIENT_RATES = FormRates(address_and_email=None, email="3/h", address=None)


class PasswordResetView(AccountPage, auth_views.PasswordResetView):
    """The form asks; the notifications' outbox writes and sends the link (users.events).

    The request only announces the address: known or not, over its limit or not, the visitor
    gets the same answer after the same work, and the link is built from the portal's
    configured address, whatever Host the request came with.
    """

    form_class = PartnerPasswordResetForm
    subject_template_name = "users/password_reset_subject.txt"
    email_template_name = "users/password_reset_email.txt"
    success_url = reverse_lazy("account:password_reset_done")

    def form_valid(self, form):
        limited = is_ratelimited(
            self.request,
            group="password_reset",
            key=lambda _group, request: client_address(request),
            rate=RESET_LINK_RATE,
            method="POST",
            increment=True,
        )
        if limited:
            form.add_error(
                None, _("You have asked for several links in a short time. Please try again in an hour.")
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        email = form.cleaned_data["email"]
        # Over the recipient's limit the visitor is answered as always and nothing more is sent:
        # the answer tells nobody whether, or how often, the address was asked for.
        check = form_rate_check(
            self.request, group="password-reset-recipient", email=email, rates=RESET_RECIPIENT_RATES
        )
        if not check.limited:
            services.password_reset_request(email=email, language=translation.get_language())
        return HttpResponseRedirect(self.get_success_url())


class PasswordResetDoneView(AccountPage, auth_views.PasswordResetDoneView):
    """The same answer whether or not the address is known."""


class PasswordResetConfirmView(AccountPage, auth_views.PasswordResetConfirmView):
    success_url = reverse_lazy("account:password_reset_complete")


class PasswordResetCompleteView(AccountPage, auth_views.PasswordResetCompleteView):
    pass


class PasswordChangeView(AccountPage, auth_views.PasswordChangeView):
    success_url = reverse_lazy("account:password_change_done")


class PasswordChangeDoneView(AccountPage, auth_views.PasswordChangeDoneView):
    pass


@never_cache
@login_required
def account_home(request):
    """The "Your account" page: who is signed in, for which organisations, and the ways on."""
    home = partner_home_url()
    context = {
        "account": request.user,
        "memberships": membership_list(user=request.user),
        "partner_home": home if home != request.path else None,
    }
    return render(request, "users/account.html", context)
