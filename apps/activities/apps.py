from django.utils.translation import gettext_lazy as _

from apps.core.manifest import DemoData, Manifest, PortalAppConfig, SitemapRecords


class ActivitiesConfig(PortalAppConfig):
    verbose_name = _("Events")
    manifest = Manifest(
        content_loader="services.activities_load",
        # The final conference names no organiser or area yet, but its page lives below home.
        content_after=("vocabulary", "partners", "site"),
        demo=(
            DemoData(
                "activities", noun="demo events", help="How many demo events (with registrations) to add."
            ),
        ),
        query_parameters="forms.QUERY_PARAMETERS",
        sitemap_records=(SitemapRecords("events"),),
        home_page_types=("ActivityIndexPage",),
    )
