"""The notifications' public pages; included under every language prefix."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from apps.core.web.localized_urls import route
from apps.core.web.url_words import CONFIRM, SUBSCRIBE, THANKS, UNSUBSCRIBE

from . import views

# The address's words in the reader's language (context "URL segment" in the catalogues).
NOTIFICATIONS = pgettext_lazy("URL segment", "notifications")
PREFERENCES = pgettext_lazy("URL segment", "preferences")

app_name = "notifications"
urlpatterns = [
    path(route(NOTIFICATIONS, SUBSCRIBE), views.subscribe, name="subscribe"),
    path(route(NOTIFICATIONS, SUBSCRIBE, THANKS), views.subscribed, name="subscribed"),
    path(route(NOTIFICATIONS, CONFIRM, "<str:token>"), views.confirm, name="confirm"),
    path(route(NOTIFICATIONS, UNSUBSCRIBE, "<str:token>"), views.unsubscribe, name="unsubscribe"),
    path(route(NOTIFICATIONS, PREFERENCES), views.preferences, name="preferences"),
]
