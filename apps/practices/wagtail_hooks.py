from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from apps.core.permissions import WithoutChooser

from .models import ReplicationRequest


class ReplicationRequestViewSet(WithoutChooser, SnippetViewSet):
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

    def get_queryset(self, request):
        return ReplicationRequest.objects.select_related("practice")


class LibraryViewSetGroup(SnippetViewSetGroup):
    items = (ReplicationRequestViewSet,)
    menu_icon = "doc-full-inverse"
    menu_label = _("Best practices")
    menu_name = "practices"


register_snippet(LibraryViewSetGroup)
