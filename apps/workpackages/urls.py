"""Non-page views of the project's work; included under every language prefix."""

from django.urls import path

from apps.core.localized_urls import route

from . import views

app_name = "workpackages"
urlpatterns = [
    path(route("deliverables", "<int:pk>", "file"), views.deliverable_file, name="deliverable_file"),
]
