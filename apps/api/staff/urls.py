"""Staff's endpoints, below /api/v1/staff/: reports ordered, watched and downloaded."""

from rest_framework.routers import SimpleRouter

from . import views

app_name = "api_staff"

router = SimpleRouter()
router.register("reports", views.ReportViewSet, basename="report")

urlpatterns = router.urls
