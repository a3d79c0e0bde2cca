from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from .models import Approach, ProcessElement, ReplicationRequest, SupportArea, TargetGroup, Theme


class ProcessElementViewSet(SnippetViewSet):
    model = ProcessElement
    icon = "list-ol"
    list_display = ["number", "name"]


class ApproachViewSet(SnippetViewSet):
    model = Approach
    icon = "list-ul"
    list_display = ["code", "name", "element"]
    list_filter = ["element"]


class SupportAreaViewSet(SnippetViewSet):
    model = SupportArea
    icon = "pick"
    list_display = ["number", "name"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "code"]
    search_fields = ["name"]


class TargetGroupViewSet(SnippetViewSet):
    model = TargetGroup
    icon = "group"
    list_display = ["name", "code"]
    search_fields = ["name"]


class ReplicationRequestViewSet(SnippetViewSet):
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


class LibraryViewSetGroup(SnippetViewSetGroup):
    items = (
        ProcessElementViewSet,
        ApproachViewSet,
        SupportAreaViewSet,
        ThemeViewSet,
        TargetGroupViewSet,
        ReplicationRequestViewSet,
    )
    menu_icon = "doc-full-inverse"
    menu_label = _("Best practices")
    menu_name = "practices"


register_snippet(LibraryViewSetGroup)
