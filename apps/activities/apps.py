from django.utils.translation import gettext_lazy as _

from apps.core.manifest import DemoData, Manifest, PortalAppConfig, SitemapRecords


class ActivitiesConfig(PortalAppConfig):
    name = "apps.activities"
    label = "activities"
    verbose_name = _("Events")
    manifest = Manifest(
        content_loader="apps.activities.services.activities_load",
        # The final conference names no organiser or area yet, but its page lives below home.
        content_after=("vocabulary", "partners", "site"),
        demo=(
            DemoData(
                option="activities",
                help="How many demo events (with registrations) to add.",
                noun="demo events",
                create="apps.activities.demo.demo_activities_create",
                delete="apps.activities.demo.demo_activities_delete",
            ),
        ),
        # The event list's form (forms.QUERY_PARAMETERS).
        query_parameters=("country", "kind", "month", "page", "past_page"),
        sitemap_records=(
            SitemapRecords(
                "events",
                index="activities.ActivityIndexPage",
                records="apps.activities.selectors.sitemap_records",
            ),
        ),
        home_page_types=("activities.ActivityIndexPage",),
    )
