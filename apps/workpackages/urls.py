"""Non-page views of the project's work; included under every language prefix."""

from django.urls import path

from . import views

app_name = "workpackages"
urlpatterns = [
    path("deliverables/<int:pk>/file/", views.deliverable_file, name="deliverable_file"),
]
