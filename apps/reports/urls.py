"""The public compendia; included under every language prefix (README: Reports)."""

from django.urls import path

from apps.core.localized_urls import route

from . import views

app_name = "reports"
urlpatterns = [
    path(route("reports", "compendium", "<str:country>"), views.compendium, name="compendium"),
    path(
        route("reports", "compendium", "<str:country>", "status.json", slash=False),
        views.compendium_status,
        name="compendium_status",
    ),
    path(
        route("reports", "compendium", "<str:country>", "download"),
        views.compendium_download,
        name="compendium_download",
    ),
]
