"""Non-page views of the project's work; included under every language prefix."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from apps.core.web.localized_urls import route
from apps.core.web.url_words import FILE

from . import views

# The address's words in the reader's language (context "URL segment" in the catalogues).
DELIVERABLES = pgettext_lazy("URL segment", "deliverables")

app_name = "workpackages"
urlpatterns = [
    path(route(DELIVERABLES, "<int:pk>", FILE), views.deliverable_file, name="deliverable_file"),
]
