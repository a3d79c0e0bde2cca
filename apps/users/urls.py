"""Partners' account pages, included under every language prefix at account/."""

from django.urls import path

from apps.core.localized_urls import route

from . import views

app_name = "account"

urlpatterns = [
    path("", views.account_home, name="home"),
    path(route("sign-in"), views.LoginView.as_view(), name="login"),
    path(route("sign-out"), views.LogoutView.as_view(), name="logout"),
    path(route("password"), views.PasswordChangeView.as_view(), name="password_change"),
    path(route("password", "changed"), views.PasswordChangeDoneView.as_view(), name="password_change_done"),
    path(route("password", "reset"), views.PasswordResetView.as_view(), name="password_reset"),
    path(
        route("password", "reset", "sent"), views.PasswordResetDoneView.as_view(), name="password_reset_done"
    ),
    path(
        route("password", "reset", "<uidb64>", "<token>"),
        views.PasswordResetConfirmView.as_view(),
        name="password_reset_confirm",
    ),
    path(
        route("password", "reset", "done"),
        views.PasswordResetCompleteView.as_view(),
        name="password_reset_complete",
    ),
]
