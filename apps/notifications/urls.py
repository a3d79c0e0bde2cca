"""The notifications' public pages; included under every language prefix."""

from django.urls import path

from apps.core.localized_urls import route

from . import views

app_name = "notifications"
urlpatterns = [
    path(route("notifications", "subscribe"), views.subscribe, name="subscribe"),
    path(route("notifications", "subscribe", "thanks"), views.subscribed, name="subscribed"),
    path(route("notifications", "confirm", "<str:token>"), views.confirm, name="confirm"),
    path(route("notifications", "unsubscribe", "<str:token>"), views.unsubscribe, name="unsubscribe"),
    path(route("notifications", "preferences"), views.preferences, name="preferences"),
]
