"""The library's views that are not pages; included under every language prefix."""

from django.urls import path

from .feeds import PracticeFeed

urlpatterns = [
    path("feeds/practices/", PracticeFeed(), name="practice_feed"),
]
