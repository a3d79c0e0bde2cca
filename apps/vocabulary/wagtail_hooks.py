from django.utils.translation import gettext_lazy as _

from apps.core.admin.snippets import ChoosableSnippetViewSet, UnchosenSnippetViewSet, register_snippet_menu

from .models import Approach, ProcessElement, SupportArea, TargetGroup, Theme


class ProcessElementViewSet(ChoosableSnippetViewSet):
    model = ProcessElement
    icon = "list-ol"
    list_display = ["number", "name"]


class ApproachViewSet(UnchosenSnippetViewSet):
    model = Approach
    icon = "list-ul"
    list_display = ["code", "name", "element"]
    list_filter = ["element"]


class SupportAreaViewSet(ChoosableSnippetViewSet):
    model = SupportArea
    icon = "pick"
    list_display = ["number", "name"]


class ThemeViewSet(ChoosableSnippetViewSet):
    model = Theme
    icon = "tag"
    list_display = ["name", "code"]
    search_fields = ["name"]


class TargetGroupViewSet(UnchosenSnippetViewSet):
    model = TargetGroup
    icon = "group"
    list_display = ["name", "code"]
    search_fields = ["name"]


register_snippet_menu(
    _("Vocabulary"),
    name="vocabulary",
    icon="list-ul",
    items=(ProcessElementViewSet, ApproachViewSet, SupportAreaViewSet, ThemeViewSet, TargetGroupViewSet),
)
