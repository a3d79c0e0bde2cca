"""The library's views that are not pages; included under every language prefix."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from apps.core.web.localized_urls import route

from . import views
from .feeds import PracticeFeed

# The address's words in the reader's language (context "URL segment" in the catalogues).
FEEDS = pgettext_lazy("URL segment", "feeds")
PRACTICES = pgettext_lazy("URL segment", "practices")
NOMINATIONS = pgettext_lazy("URL segment", "nominations")
# Below the library's own address: the nomination form (PracticeIndexPage serves it).
NOMINATE = views.NOMINATE

urlpatterns = [
    path(route(FEEDS, PRACTICES), PracticeFeed(), name="practice_feed"),
    path(route(NOMINATIONS, "<str:token>"), views.nomination_confirm, name="nomination_confirm"),
]
