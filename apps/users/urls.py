"""Partners' account pages, included under every language prefix at account/."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from apps.core.web.localized_urls import route
from apps.core.web.url_words import CHANGED, DONE, RESET, SENT

from . import views

# The address's words in the reader's language (context "URL segment" in the catalogues).
SIGN_IN = pgettext_lazy("URL segment", "sign-in")
SIGN_OUT = pgettext_lazy("URL segment", "sign-out")
PASSWORD = pgettext_lazy("URL segment", "password")

app_name = "account"

urlpatterns = [
    path("", views.account_home, name="home"),
    path(route(SIGN_IN), views.LoginView.as_view(), name="login"),
    path(route(SIGN_OUT), views.LogoutView.as_view(), name="logout"),
    path(route(PASSWORD), views.PasswordChangeView.as_view(), name="password_change"),
    path(route(PASSWORD, CHANGED), views.PasswordChangeDoneView.as_view(), name="password_change_done"),
    path(route(PASSWORD, RESET), views.PasswordResetView.as_view(), name="password_reset"),
    path(route(PASSWORD, RESET, SENT), views.PasswordResetDoneView.as_view(), name="password_reset_done"),
    path(
        route(PASSWORD, RESET, "<uidb64>", "<token>"),
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        route(PASSWORD, RESET, DONE),
        views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]
