"""The download of a deliverable's file: public deliverables for everyone, the others for staff only."""

from django.views.decorators.http import require_GET

from apps.core.uploads import protected_file_response

from .selectors import deliverable_for_download


@require_GET
def deliverable_file(request, pk: int):
    deliverable = deliverable_for_download(user=request.user, pk=pk)
    return protected_file_response(deliverable.file)
