"""The library's views that are not pages; included under every language prefix."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from apps.core.web.localized_urls import route

from .feeds import PracticeFeed

# The address's words in the reader's language (context "URL segment" in the catalogues).
FEEDS = pgettext_lazy("URL segment", "feeds")
PRACTICES = pgettext_lazy("URL segment", "practices")

urlpatterns = [
    path(route(FEEDS, PRACTICES), PracticeFeed(), name="practice_feed"),
]
