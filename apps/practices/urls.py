"""The library's views that are not pages; included under every language prefix."""

from django.urls import path

from apps.core.localized_urls import route

from .feeds import PracticeFeed

urlpatterns = [
    path(route("feeds", "practices"), PracticeFeed(), name="practice_feed"),
]
