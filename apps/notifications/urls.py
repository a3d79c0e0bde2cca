"""The notifications' public pages; included under every language prefix."""

from django.urls import path

from . import views

app_name = "notifications"
urlpatterns = [
    path("notifications/subscribe/", views.subscribe, name="subscribe"),
    path("notifications/subscribe/thanks/", views.subscribed, name="subscribed"),
    path("notifications/confirm/<str:token>/", views.confirm, name="confirm"),
    path("notifications/unsubscribe/<str:token>/", views.unsubscribe, name="unsubscribe"),
    path("notifications/preferences/", views.preferences, name="preferences"),
]
