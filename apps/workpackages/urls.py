"""Non-page views of the project's work; included under every language prefix."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from apps.core.web.localized_urls import route

from . import views

# The address's words in the reader's language (context "URL segment" in the catalogues).
DELIVERABLES = pgettext_lazy("URL segment", "deliverables")
FILE = pgettext_lazy("URL segment", "file")

app_name = "workpackages"
urlpatterns = [
    path(route(DELIVERABLES, "<int:pk>", FILE), views.deliverable_file, name="deliverable_file"),
]
