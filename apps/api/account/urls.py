"""A person's API tokens, on their account pages (included under every language prefix at account/)."""

from django.urls import path
from django.utils.translation import pgettext_lazy

from apps.core.web.localized_urls import route

from . import views

# The address's words in the reader's language (context "URL segment" in the catalogues).
API_TOKENS = pgettext_lazy("URL segment", "api-tokens")
REVOKE = pgettext_lazy("URL segment", "revoke")

app_name = "api_account"
urlpatterns = [
    path(route(API_TOKENS), views.token_list, name="tokens"),
    path(route(API_TOKENS, "<int:pk>", REVOKE), views.token_revoke, name="token_revoke"),
]
