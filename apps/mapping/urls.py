"""The partners' pages and the comparison's CSV; included under every language prefix."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from apps.core.web.localized_urls import route
from apps.core.web.url_words import EDIT, FILES, NEW, REMOVE, SUBMIT, WITHDRAW

from . import views

# The address's words in the reader's language (context "URL segment" in the catalogues).
MAPPING = pgettext_lazy("URL segment", "mapping")
ENTRIES = pgettext_lazy("URL segment", "entries")
COMPARISON_CSV = pgettext_lazy("URL segment", "comparison.csv")

app_name = "mapping"
urlpatterns = [
    path(route(MAPPING, ENTRIES), views.entry_list, name="entries"),
    path(route(MAPPING, ENTRIES, NEW, "<slug:kind>"), views.entry_create, name="entry_create"),
    path(route(MAPPING, ENTRIES, "<int:pk>"), views.entry_detail, name="entry"),
    path(route(MAPPING, ENTRIES, "<int:pk>", EDIT), views.entry_edit, name="entry_edit"),
    path(route(MAPPING, ENTRIES, "<int:pk>", SUBMIT), views.entry_submit, name="entry_submit"),
    path(route(MAPPING, ENTRIES, "<int:pk>", WITHDRAW), views.entry_withdraw, name="entry_withdraw"),
    path(route(MAPPING, FILES, "<int:pk>"), views.attachment_download, name="attachment"),
    path(route(MAPPING, FILES, "<int:pk>", REMOVE), views.attachment_delete, name="attachment_delete"),
    path(route(MAPPING, COMPARISON_CSV, slash=False), views.comparison_csv, name="comparison_csv"),
]
