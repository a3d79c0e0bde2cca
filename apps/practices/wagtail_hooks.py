from django.utils.translation import gettext_lazy as _

from apps.core.admin.snippets import UnchosenSnippetViewSet, register_snippet_menu

from .models import ReplicationRequest


class ReplicationRequestViewSet(UnchosenSnippetViewSet):
    model = ReplicationRequest
    icon = "mail"
    list_display = [
        "name",
        "email",
        "practice",
        "language",
        "created",
        "handled",
        "received_without_rate_limit",
    ]
    list_filter = ["handled", "received_without_rate_limit", "language"]
    search_fields = ["name", "email", "organisation"]
    ordering = ["-created"]


register_snippet_menu(
    _("Best practices"), name="practices", icon="doc-full-inverse", items=(ReplicationRequestViewSet,)
)

# The admin of the library's other features registers its own hooks and viewsets.
from .admin import nominations, validation  # noqa: E402, F401
