"""The open-data files and their descriptions, below /api/v1/."""

urlpatterns = []
