from django.utils.translation import gettext_lazy as _

from apps.core.admin.snippets import register_snippet_menu, snippet_viewset

from .models import Approach, ProcessElement, SupportArea, TargetGroup, Theme

register_snippet_menu(
    _("Vocabulary"),
    name="vocabulary",
    icon="list-ul",
    items=(
        snippet_viewset(ProcessElement, "list-ol", chosen=True, list_display=["number", "name"]),
        snippet_viewset(
            Approach, "list-ul", list_display=["code", "name", "element"], list_filter=["element"]
        ),
        snippet_viewset(SupportArea, "pick", chosen=True, list_display=["number", "name"]),
        snippet_viewset(Theme, "tag", chosen=True, list_display=["name", "code"], search_fields=["name"]),
        snippet_viewset(TargetGroup, "group", list_display=["name", "code"], search_fields=["name"]),
    ),
)
