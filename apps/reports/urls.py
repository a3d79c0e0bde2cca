"""The public compendia; included under every language prefix (docs/features/reports.md)."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from apps.core.web.localized_urls import route
from apps.core.web.url_words import DOWNLOAD

from . import views

# The address's words in the reader's language (context "URL segment" in the catalogues).
REPORTS = pgettext_lazy("URL segment", "reports")
COMPENDIUM = pgettext_lazy("URL segment", "compendium")
STATUS_JSON = pgettext_lazy("URL segment", "status.json")

app_name = "reports"
urlpatterns = [
    path(route(REPORTS, COMPENDIUM, "<str:country>"), views.compendium, name="compendium"),
    path(
        route(REPORTS, COMPENDIUM, "<str:country>", STATUS_JSON, slash=False),
        views.compendium_status,
        name="compendium_status",
    ),
    path(
        route(REPORTS, COMPENDIUM, "<str:country>", DOWNLOAD),
        views.compendium_download,
        name="compendium_download",
    ),
]
