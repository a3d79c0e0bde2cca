"""The partners' pages and the comparison's CSV; included under every language prefix."""

from django.urls import path

from apps.core.localized_urls import route

from . import views

app_name = "mapping"
urlpatterns = [
    path(route("mapping", "entries"), views.entry_list, name="entries"),
    path(route("mapping", "entries", "new", "<slug:kind>"), views.entry_create, name="entry_create"),
    path(route("mapping", "entries", "<int:pk>"), views.entry_detail, name="entry"),
    path(route("mapping", "entries", "<int:pk>", "edit"), views.entry_edit, name="entry_edit"),
    path(route("mapping", "entries", "<int:pk>", "submit"), views.entry_submit, name="entry_submit"),
    path(route("mapping", "files", "<int:pk>"), views.attachment_download, name="attachment"),
    path(route("mapping", "files", "<int:pk>", "remove"), views.attachment_delete, name="attachment_delete"),
    path(route("mapping", "comparison.csv", slash=False), views.comparison_csv, name="comparison_csv"),
]
