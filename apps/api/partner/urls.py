"""The partners' endpoints, below /api/v1/partner/: their organisations' mapping entries and files."""

from rest_framework.routers import SimpleRouter

from django.urls import path

from . import views

app_name = "api_partner"

router = SimpleRouter()
router.register("entries", views.EntryViewSet, basename="entry")

attachments = views.AttachmentViewSet.as_view({"get": "list", "post": "create"})
attachment = views.AttachmentViewSet.as_view({"get": "retrieve", "delete": "destroy"})

urlpatterns = [
    *router.urls,
    path("criteria/", views.CriteriaView.as_view(), name="criteria"),
    path("entries/<int:entry_pk>/attachments/", attachments, name="attachment-list"),
    path("entries/<int:entry_pk>/attachments/<int:pk>/", attachment, name="attachment-detail"),
    path(
        "entries/<int:entry_pk>/attachments/<int:pk>/download/",
        views.AttachmentDownloadView.as_view(),
        name="attachment-download",
    ),
]
