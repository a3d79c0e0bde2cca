"""The API's addresses below /api/v1/: the records, the partners' and staff's endpoints, the docs."""

from drf_spectacular.views import SpectacularAPIView, SpectacularRedocView, SpectacularSwaggerSplitView
from rest_framework.routers import SimpleRouter

from django.urls import include, path

from .public import (
    activities,
    capacity,
    mapping,
    partners,
    practices,
    projects,
    strategies,
    vocabulary,
    workpackages,
)

router = SimpleRouter()
for module in (
    practices,
    vocabulary,
    partners,
    workpackages,
    activities,
    strategies,
    mapping,
    projects,
    capacity,
):
    for prefix, viewset, basename in module.ROUTES:
        router.register(prefix, viewset, basename=basename)

urlpatterns = [
    path("partner/", include("apps.api.partner.urls")),
    path("staff/", include("apps.api.staff.urls")),
    path("schema/", SpectacularAPIView.as_view(), name="api_schema"),
    path("docs/", SpectacularSwaggerSplitView.as_view(url_name="api_schema"), name="api_docs"),
    path("redoc/", SpectacularRedocView.as_view(url_name="api_schema"), name="api_redoc"),
    *router.urls,
]
