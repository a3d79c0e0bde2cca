from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.contrib import admin
from django.urls import include, path
from django.utils.translation import pgettext_lazy

from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.auth import require_admin_access
from wagtail.documents import urls as wagtaildocs_urls

from apps.core import permissions
from apps.core.web import request_limits, sitemaps
from apps.core.web import views as core_views
from apps.core.web.localized_urls import route

# The address's words in the reader's language (context "URL segment" in the catalogues).
ACCOUNT = pgettext_lazy("URL segment", "account")

urlpatterns = [
    path("healthz", core_views.healthz, name="healthz"),
    # Where the proxy sends a body over its client_max_body_size: the portal's translated 413.
    path("request-too-large/", request_limits.request_too_large, name="request_too_large"),
    # The page chooser's steps that Wagtail's hook does not filter, checked before Wagtail's own.
    path(
        "admin/choose-page/<int:parent_page_id>/",
        require_admin_access(permissions.ChoosablePageBrowseView.as_view()),
        name="portal_choose_page_child",
    ),
    path(
        "admin/choose-page/chosen-multiple/",
        require_admin_access(permissions.ChoosablePagesChosenMultipleView.as_view()),
        name="portal_choose_page_chosen_multiple",
    ),
    path("admin/", include(wagtailadmin_urls)),
    path("django-admin/", admin.site.urls),
    path("documents/", include(wagtaildocs_urls)),
    path("sitemap.xml", sitemaps.sitemap_index, name="sitemap"),
    path("sitemap-<int:section>.xml", sitemaps.sitemap_section, name="sitemap_section"),
    path("sitemap-<slug:name>-<int:part>.xml", sitemaps.sitemap_records, name="sitemap_records"),
    path("robots.txt", sitemaps.robots_txt, name="robots_txt"),
    path("favicon.ico", core_views.favicon, name="favicon"),
    path("i18n/", include("django.conf.urls.i18n")),
    # The REST API and the open-data files, versioned in the address (docs/features/api.md).
    path("api/v1/", include("apps.opendata.urls")),
    path("api/v1/", include("apps.api.urls")),
]

if settings.DEBUG:
    from django.conf.urls.static import static

    urlpatterns += static(settings.MEDIA_URL, document_root=settings.MEDIA_ROOT)

# Every public page lives under a language prefix, English included.
urlpatterns += i18n_patterns(
    # Partners' sign-in and account pages; before Wagtail's pages, which would take any path.
    path(route(ACCOUNT), include("apps.users.urls")),
    # A partner's API tokens, on their account pages.
    path(route(ACCOUNT), include("apps.api.account.urls")),
    path("", include("apps.practices.urls")),
    path("", include("apps.mapping.urls")),
    path("", include("apps.activities.urls")),
    path("", include("apps.workpackages.urls")),
    path("", include("apps.reports.urls")),
    path("", include("apps.notifications.urls")),
    # Wagtail's own URL, answered first by a view that counts wrong passwords.
    path(
        "_util/authenticate_with_password/<int:page_view_restriction_id>/<int:page_id>/",
        core_views.authenticate_with_password,
        name="wagtailcore_authenticate_with_password",
    ),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

handler404 = "apps.core.web.views.page_not_found"
handler500 = "apps.core.web.views.server_error"
