from django.utils.translation import gettext_lazy as _

from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet, SnippetViewSetGroup

from apps.core.permissions import PermissionCheckedChooserViewSet, WithoutChooser

from .models import Approach, ProcessElement, SupportArea, TargetGroup, Theme


class ProcessElementViewSet(SnippetViewSet):
    model = ProcessElement
    chooser_viewset_class = PermissionCheckedChooserViewSet
    icon = "list-ol"
    list_display = ["number", "name"]


class ApproachViewSet(WithoutChooser, SnippetViewSet):
    model = Approach
    icon = "list-ul"
    list_display = ["code", "name", "element"]
    list_filter = ["element"]

    def get_queryset(self, request):
        return Approach.objects.select_related("element")


class SupportAreaViewSet(SnippetViewSet):
    model = SupportArea
    chooser_viewset_class = PermissionCheckedChooserViewSet
    icon = "pick"
    list_display = ["number", "name"]


class ThemeViewSet(SnippetViewSet):
    model = Theme
    chooser_viewset_class = PermissionCheckedChooserViewSet
    icon = "tag"
    list_display = ["name", "code"]
    search_fields = ["name"]


class TargetGroupViewSet(WithoutChooser, SnippetViewSet):
    model = TargetGroup
    icon = "group"
    list_display = ["name", "code"]
    search_fields = ["name"]


class VocabularyViewSetGroup(SnippetViewSetGroup):
    items = (ProcessElementViewSet, ApproachViewSet, SupportAreaViewSet, ThemeViewSet, TargetGroupViewSet)
    menu_icon = "list-ul"
    menu_label = _("Vocabulary")
    menu_name = "vocabulary"


register_snippet(VocabularyViewSetGroup)
