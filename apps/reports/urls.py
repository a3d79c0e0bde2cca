"""The public compendia; included under every language prefix (README: Reports)."""

from django.urls import path

from . import views

app_name = "reports"
urlpatterns = [
    path("reports/compendium/<str:country>/", views.compendium, name="compendium"),
    path("reports/compendium/<str:country>/status.json", views.compendium_status, name="compendium_status"),
    path("reports/compendium/<str:country>/download/", views.compendium_download, name="compendium_download"),
]
