"""The partners' pages and the comparison's CSV; included under every language prefix."""

from django.urls import path

from . import views

app_name = "mapping"
urlpatterns = [
    path("mapping/entries/", views.entry_list, name="entries"),
    path("mapping/entries/new/<slug:kind>/", views.entry_create, name="entry_create"),
    path("mapping/entries/<int:pk>/", views.entry_detail, name="entry"),
    path("mapping/entries/<int:pk>/edit/", views.entry_edit, name="entry_edit"),
    path("mapping/entries/<int:pk>/submit/", views.entry_submit, name="entry_submit"),
    path("mapping/files/<int:pk>/", views.attachment_download, name="attachment"),
    path("mapping/files/<int:pk>/remove/", views.attachment_delete, name="attachment_delete"),
    path("mapping/comparison.csv", views.comparison_csv, name="comparison_csv"),
]
