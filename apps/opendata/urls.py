"""The open-data files and their descriptions, below /api/v1/."""

from django.urls import path

from . import views

app_name = "opendata"

urlpatterns = [
    path("data/<slug:dataset>.<slug:language>.<slug:extension>", views.data_file, name="file"),
    # The same file in the language of `?lang=` (English without it).
    path("data/<slug:dataset>.<slug:extension>", views.data_file, name="file_by_query"),
    path("datapackage.json", views.datapackage, name="datapackage"),
    path("catalog.jsonld", views.catalogue, name="catalogue"),
]
