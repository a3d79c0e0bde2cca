from django.utils.translation import gettext_lazy as _

from apps.core.admin.snippets import UnchosenSnippetViewSet, register_snippet_menu

from .admin.nominations import NominationViewSet
from .admin.validation import ValidationCriterionViewSet
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


# The admin of the library's other features registers its own hooks; its listings join the menu.
register_snippet_menu(
    _("Best practices"),
    name="practices",
    icon="doc-full-inverse",
    items=(ReplicationRequestViewSet, NominationViewSet, ValidationCriterionViewSet),
)
