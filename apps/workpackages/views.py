"""The download of a deliverable's file: public deliverables for everyone, the others only for
staff who may view or change deliverables in the admin."""

from django.http import Http404
from django.views.decorators.http import require_safe

from apps.core.files.uploads import protected_file_response

from .selectors import deliverable_for_download

# Being staff is not enough: a private file goes to those the admin would show the deliverable.
PRIVATE_FILE_PERMISSIONS = ("workpackages.view_deliverable", "workpackages.change_deliverable")


def may_read_private_files(user) -> bool:
    return user.is_active and any(user.has_perm(permission) for permission in PRIVATE_FILE_PERMISSIONS)


@require_safe
def deliverable_file(request, pk: int):
    deliverable = deliverable_for_download(user=request.user, pk=pk)
    if not deliverable.is_public and not may_read_private_files(request.user):
        raise Http404
    return protected_file_response(deliverable.file)
